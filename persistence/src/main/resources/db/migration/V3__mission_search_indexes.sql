-- Indexes for the mission search without a place (the search page's default list), found by the benchmark at
-- 100,000 missions (docs/benchmarks.md): without them MariaDB sorts every online mission to show the first 20
-- and reads every mission row to count them.

-- The soonest online missions first: read in start date order and stop at the end of the page.
CREATE INDEX ix_mission_soonest ON mission (searchable, start_date);

-- Counting online missions, with or without a domain, from the index alone (no mission row read).
CREATE INDEX ix_mission_online ON mission (searchable, end_date, domain_id, secondary_domain_id, structure_id);
