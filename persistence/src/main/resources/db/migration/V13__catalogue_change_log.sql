-- The search index of the catalogue (partners.control.SearchIndex, one per instance) answers the geo searches at
-- 1,000,000 missions; the database stays the truth. Every instance catches up with this log before it searches, so
-- a mission written through any instance, by any code path (JPA, the import's multi-row inserts, plain SQL), is
-- searchable at once everywhere. The triggers write it: no writer can forget to. A foreign key cascade fires no
-- trigger, but it only follows a mission's own deletion, which is logged.
-- seq is allocated when a row is inserted and seen when its transaction commits: a reader keeps the numbers it has
-- not seen yet (holes) and asks for them again until they appear or are old enough to be a rollback.
CREATE TABLE catalogue_change (
    seq         BIGINT      NOT NULL AUTO_INCREMENT,
    mission_id  CHAR(36)    CHARACTER SET ascii NOT NULL,
    changed_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_catalogue_change PRIMARY KEY (seq)
) ENGINE=InnoDB;

CREATE TRIGGER tr_partner_mission_insert AFTER INSERT ON partner_mission FOR EACH ROW
    INSERT INTO catalogue_change (mission_id) VALUES (NEW.id);
CREATE TRIGGER tr_partner_mission_update AFTER UPDATE ON partner_mission FOR EACH ROW
    INSERT INTO catalogue_change (mission_id) VALUES (NEW.id);
CREATE TRIGGER tr_partner_mission_delete AFTER DELETE ON partner_mission FOR EACH ROW
    INSERT INTO catalogue_change (mission_id) VALUES (OLD.id);

-- addresses and activities are written with their mission, but JPA leaves the mission row alone when only its
-- collections changed
CREATE TRIGGER tr_partner_address_insert AFTER INSERT ON partner_mission_address FOR EACH ROW
    INSERT INTO catalogue_change (mission_id) VALUES (NEW.mission_id);
CREATE TRIGGER tr_partner_address_update AFTER UPDATE ON partner_mission_address FOR EACH ROW
    INSERT INTO catalogue_change (mission_id) VALUES (NEW.mission_id);
CREATE TRIGGER tr_partner_address_delete AFTER DELETE ON partner_mission_address FOR EACH ROW
    INSERT INTO catalogue_change (mission_id) VALUES (OLD.mission_id);
CREATE TRIGGER tr_partner_activity_insert AFTER INSERT ON partner_mission_activity FOR EACH ROW
    INSERT INTO catalogue_change (mission_id) VALUES (NEW.mission_id);
CREATE TRIGGER tr_partner_activity_delete AFTER DELETE ON partner_mission_activity FOR EACH ROW
    INSERT INTO catalogue_change (mission_id) VALUES (OLD.mission_id);
CREATE TRIGGER tr_partner_activity_update AFTER UPDATE ON partner_mission_activity FOR EACH ROW
    INSERT INTO catalogue_change (mission_id) VALUES (NEW.mission_id);
