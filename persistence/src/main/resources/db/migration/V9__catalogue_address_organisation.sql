-- The geo search at 1,000,000 missions (docs/benchmarks.md): a broadcaster whose diffusion excludes organisations
-- made every match around a point read its mission row (organisation) and its address row (start date), 13,000
-- random reads for a dense city, about a second. The addresses now also copy the mission's organisation, and the
-- two geo indexes hold everything the page, its order and its total need: the search reads the index alone and
-- joins the mission only for the 25 rows of the page (or for filters the index does not hold).
ALTER TABLE partner_mission_address ADD COLUMN organization_id BIGINT NULL AFTER publisher_id;

UPDATE partner_mission_address a JOIN partner_mission m ON m.id = a.mission_id
   SET a.organization_id = m.organization_id
 WHERE m.organization_id IS NOT NULL;

DROP INDEX ix_partner_address_geo_domain ON partner_mission_address;
DROP INDEX ix_partner_address_geo ON partner_mission_address;
CREATE INDEX ix_partner_address_geo_domain ON partner_mission_address
    (live, domain, latitude, longitude, publisher_id, organization_id, start_at, mission_id);
CREATE INDEX ix_partner_address_geo ON partner_mission_address
    (live, latitude, longitude, publisher_id, organization_id, start_at, mission_id);
