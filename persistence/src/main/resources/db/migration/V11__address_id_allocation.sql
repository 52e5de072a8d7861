-- Ids of catalogue addresses allocated by the application a thousand at a time (JPA table generator): with
-- AUTO_INCREMENT ids EclipseLink must read each generated key back, so it sends every address INSERT alone, and a
-- 100,000-mission import spent most of its time in those round trips (docs/benchmarks.md).
CREATE TABLE id_allocation (
    name        VARCHAR(64) NOT NULL,
    next_value  BIGINT      NOT NULL,
    CONSTRAINT pk_id_allocation PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO id_allocation (name, next_value)
SELECT 'partner_mission_address', COALESCE(MAX(id), 0) + 1000 FROM partner_mission_address;
