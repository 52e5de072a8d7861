-- An announcer that measures its traffic with Matomo (the Service Civique, §5 of the reference) receives the
-- attribution of a tracked redirect as mtm_source / mtm_medium / mtm_campaign instead of utm_*.
ALTER TABLE publisher ADD COLUMN matomo_params BOOLEAN NOT NULL DEFAULT FALSE;
