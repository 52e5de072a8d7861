-- Indexes for the mission search without a place (the search page's default list), found by the benchmark at
-- 100,000 missions (docs/benchmarks.md): without them MariaDB sorts every online mission to show the first 20
-- and reads every mission row to count them.

-- The soonest online missions first: read in start date order and stop at the end of the page (the search asks
-- for this join order with STRAIGHT_JOIN).
CREATE INDEX ix_mission_soonest ON mission (searchable, start_date);

-- Counting online missions, with or without a domain, from the index alone (no mission row read). MariaDB joins
-- from the structures for this count, so the index starts with structure_id.
CREATE INDEX ix_mission_online ON mission (structure_id, searchable, end_date, domain_id, secondary_domain_id);
