-- A partner's identifiers are compared exactly, as the peer compares them: 'A1', 'a1' and 'A1 ' are three
-- missions (or organisations) of the partner. Under the tables' utf8mb4_unicode_ci they were one, so the second of
-- them overwrote the first or was refused as already existing. NO PAD: trailing spaces count too.
ALTER TABLE partner_mission
    MODIFY client_id VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
ALTER TABLE publisher_organization
    MODIFY client_id VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
