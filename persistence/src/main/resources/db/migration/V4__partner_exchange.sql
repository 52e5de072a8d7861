-- Partner exchange (the API Engagement contract): publishers and their keys, the organisations they declare, the
-- shared catalogue of missions (the platform's own, projected, and the partners'), diffusion rules, feed imports
-- and tracking events. Ids that partners see are strings, as in the peer: 24-hex publisher ids, UUID mission ids,
-- time-ordered UUID (v7) event ids, so that event rows are appended in key order.
-- Every query of the v0/v2 routes, the redirects and the import job has its index here.

-- A partner platform: announcer (sends missions by feed or API), broadcaster (api/widget/campaign rights), or both.
-- The key itself is never stored: api_key_hash is the SHA-256 of a 256-bit random key (a slow hash adds nothing
-- to a key of that entropy and would cost every API call); api_key_hint is its first characters, for the screens.
CREATE TABLE publisher (
    id                    VARCHAR(24)   NOT NULL,
    name                  VARCHAR(255)  NOT NULL,
    category              VARCHAR(40)   NULL,
    url                   VARCHAR(1000) NULL,
    email                 VARCHAR(190)  NULL,
    logo                  VARCHAR(1000) NULL,
    default_mission_logo  VARCHAR(1000) NULL,
    description           TEXT          NULL,
    mission_type          VARCHAR(40)   NOT NULL DEFAULT 'benevolat',
    annonceur             BOOLEAN       NOT NULL DEFAULT FALSE,
    api_rights            BOOLEAN       NOT NULL DEFAULT FALSE,
    widget_rights         BOOLEAN       NOT NULL DEFAULT FALSE,
    campaign_rights       BOOLEAN       NOT NULL DEFAULT FALSE,
    moderator             BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the platform itself: its validated missions are projected into the catalogue, it has no feed
    platform              BOOLEAN       NOT NULL DEFAULT FALSE,
    feed_url              VARCHAR(2000) NULL,
    feed_username         VARCHAR(255)  NULL,
    feed_password         VARCHAR(255)  NULL,
    api_key_hash          CHAR(64)      NULL,
    api_key_hint          VARCHAR(12)   NULL,
    api_key_created_at    DATETIME(6)   NULL,
    deleted_at            DATETIME(6)   NULL,
    created_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version               INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_publisher PRIMARY KEY (id),
    CONSTRAINT uk_publisher_api_key UNIQUE (api_key_hash),
    INDEX ix_publisher_annonceur (annonceur, deleted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO publisher (id, name, category, url, description, mission_type, annonceur, api_rights, platform)
VALUES ('6a0e5e0c1c0e0c1e2026ec01', 'Engagement Civique', 'PUBLICS_SERVICES', 'https://engagement-civique.gouv.fr',
        'La plateforme publique de l''engagement civique : bénévolat, SNU et échange de missions entre partenaires.',
        'benevolat', TRUE, TRUE, TRUE);

-- Partner accounts (role PARTENAIRE) are scoped to a publisher by its string id.
ALTER TABLE account_role MODIFY publisher_id VARCHAR(24) NULL;
ALTER TABLE account_role ADD CONSTRAINT fk_account_role_publisher FOREIGN KEY (publisher_id) REFERENCES publisher (id);

-- An organisation as a partner declares it, keyed by (publisher, clientId). List fields are JSON arrays of strings;
-- parent_organizations ("réseaux") is read by the diffusion rules.
CREATE TABLE publisher_organization (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    publisher_id          VARCHAR(24)   NOT NULL,
    client_id             VARCHAR(255)  NOT NULL,
    name                  VARCHAR(500)  NULL,
    rna                   VARCHAR(20)   NULL,
    siren                 VARCHAR(20)   NULL,
    siret                 VARCHAR(20)   NULL,
    url                   VARCHAR(1000) NULL,
    logo                  VARCHAR(1000) NULL,
    description           TEXT          NULL,
    legal_status          VARCHAR(255)  NULL,
    type                  VARCHAR(255)  NULL,
    actions               TEXT          NULL,
    full_address          VARCHAR(1000) NULL,
    postal_code           VARCHAR(20)   NULL,
    city                  VARCHAR(255)  NULL,
    beneficiaries         TEXT          NULL,
    parent_organizations  TEXT          NULL,
    -- the platform's structure this organisation stands for (the platform publisher only)
    structure_id          BIGINT        NULL,
    created_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at            DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_publisher_organization PRIMARY KEY (id),
    CONSTRAINT uk_publisher_organization UNIQUE (publisher_id, client_id),
    CONSTRAINT fk_publisher_organization_publisher FOREIGN KEY (publisher_id) REFERENCES publisher (id),
    CONSTRAINT fk_publisher_organization_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    INDEX ix_publisher_organization_structure (structure_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The shared catalogue. A row is a partner's mission keyed by (publisher, clientId), or a platform mission
-- (source_mission_id set, client_id = its id). Values are kept as sent (domain, remote, units), so that a refused
-- mission shows what was wrong; only ACCEPTED and non-deleted rows are ever diffused (column live).
-- content_hash is the hash of everything an import writes: an unchanged mission is recognised without rewriting it.
CREATE TABLE partner_mission (
    id                          CHAR(36)      CHARACTER SET ascii NOT NULL,
    publisher_id                VARCHAR(24)   NOT NULL,
    client_id                   VARCHAR(255)  NOT NULL,
    organization_id             BIGINT        NULL,
    source_mission_id           BIGINT        NULL,
    title                       VARCHAR(1000) NOT NULL,
    description                 MEDIUMTEXT    NULL,
    description_html            MEDIUMTEXT    NULL,
    application_url             VARCHAR(2000) NULL,
    image                       VARCHAR(2000) NULL,
    type                        VARCHAR(40)   NOT NULL DEFAULT 'benevolat',
    domain                      VARCHAR(255)  NULL,
    domain_original             VARCHAR(255)  NULL,
    tags                        TEXT          NULL,
    tasks                       TEXT          NULL,
    audience                    TEXT          NULL,
    soft_skills                 TEXT          NULL,
    requirements                TEXT          NULL,
    rome_skills                 TEXT          NULL,
    remote                      VARCHAR(40)   NULL,
    schedule                    VARCHAR(1000) NULL,
    duration                    INT           NULL,
    posted_at                   DATETIME(6)   NULL,
    start_at                    DATETIME(6)   NULL,
    end_at                      DATETIME(6)   NULL,
    priority                    VARCHAR(255)  NULL,
    metadata                    VARCHAR(2000) NULL,
    places                      INT           NULL,
    places_status               VARCHAR(20)   NOT NULL DEFAULT 'ATTRIBUTED_BY_API',
    snu                         BOOLEAN       NOT NULL DEFAULT FALSE,
    snu_places                  INT           NULL,
    open_to_minors              BOOLEAN       NULL,
    reduced_mobility_accessible BOOLEAN       NULL,
    close_to_transport          BOOLEAN       NULL,
    compensation_amount         DOUBLE        NULL,
    compensation_amount_max     DOUBLE        NULL,
    compensation_unit           VARCHAR(40)   NULL,
    compensation_type           VARCHAR(40)   NULL,
    status_code                 VARCHAR(10)   NOT NULL,
    status_comment              VARCHAR(500)  NULL,
    content_hash                CHAR(64)      CHARACTER SET ascii NULL,
    last_sync_at                DATETIME(6)   NULL,
    deleted_at                  DATETIME(6)   NULL,
    created_at                  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at                  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                     INT           NOT NULL DEFAULT 0,
    live                        BOOLEAN AS (status_code = 'ACCEPTED' AND deleted_at IS NULL) PERSISTENT,
    CONSTRAINT pk_partner_mission PRIMARY KEY (id),
    CONSTRAINT uk_partner_mission_client UNIQUE (publisher_id, client_id),
    CONSTRAINT uk_partner_mission_source UNIQUE (source_mission_id),
    CONSTRAINT fk_partner_mission_publisher FOREIGN KEY (publisher_id) REFERENCES publisher (id),
    CONSTRAINT fk_partner_mission_organization FOREIGN KEY (organization_id) REFERENCES publisher_organization (id),
    CONSTRAINT fk_partner_mission_source FOREIGN KEY (source_mission_id) REFERENCES mission (id),
    -- v0 lists without a place: the broadcaster's announcers, newest start first
    INDEX ix_partner_mission_live (live, publisher_id, start_at),
    INDEX ix_partner_mission_domain (live, domain, start_at),
    INDEX ix_partner_mission_organization (organization_id, live),
    -- the import's cleanup: a publisher's missions not seen by this import
    INDEX ix_partner_mission_sync (publisher_id, deleted_at, last_sync_at),
    INDEX ix_partner_mission_created (publisher_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Addresses of catalogue missions. live, publisher_id, domain and start_at are copies of the mission's, kept by the
-- code that writes the mission, so that the geo search is answered from the index (live, domain, lat, lon, ...).
CREATE TABLE partner_mission_address (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    mission_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    position         INT           NOT NULL,
    street           VARCHAR(500)  NULL,
    postal_code      VARCHAR(20)   NULL,
    city             VARCHAR(255)  NULL,
    department_code  VARCHAR(3)    NULL,
    department_name  VARCHAR(100)  NULL,
    region           VARCHAR(100)  NULL,
    country          VARCHAR(100)  NULL,
    latitude         DOUBLE        NULL,
    longitude        DOUBLE        NULL,
    geoloc_status    VARCHAR(30)   NULL,
    live             BOOLEAN       NOT NULL DEFAULT FALSE,
    publisher_id     VARCHAR(24)   NOT NULL,
    domain           VARCHAR(255)  NULL,
    start_at         DATETIME(6)   NULL,
    CONSTRAINT pk_partner_mission_address PRIMARY KEY (id),
    CONSTRAINT fk_partner_mission_address_mission FOREIGN KEY (mission_id) REFERENCES partner_mission (id) ON DELETE CASCADE,
    INDEX ix_partner_address_mission (mission_id, position),
    INDEX ix_partner_address_geo_domain (live, domain, latitude, longitude, publisher_id, mission_id),
    INDEX ix_partner_address_geo (live, latitude, longitude, publisher_id, mission_id),
    INDEX ix_partner_address_city (live, city),
    INDEX ix_partner_address_department (live, department_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Activity labels of a catalogue mission, for the activity filter and facet (the JSON column holds them for output).
CREATE TABLE partner_mission_activity (
    mission_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    label       VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_partner_mission_activity PRIMARY KEY (mission_id, label),
    CONSTRAINT fk_partner_mission_activity_mission FOREIGN KEY (mission_id) REFERENCES partner_mission (id) ON DELETE CASCADE,
    INDEX ix_partner_mission_activity_label (label, mission_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Diffusion rules (§4 of the reference): a root per (broadcaster, announcer) — field 'publisherId', operator 'is',
-- value = the announcer — and child criteria under a root (parent_id), typically organisation exclusions.
-- Read at each request: a rule takes effect at once.
CREATE TABLE diffusion_rule (
    id            CHAR(36)      CHARACTER SET ascii NOT NULL,
    publisher_id  VARCHAR(24)   NOT NULL,
    parent_id     CHAR(36)      CHARACTER SET ascii NULL,
    field         VARCHAR(60)   NOT NULL,
    field_type    VARCHAR(20)   NOT NULL DEFAULT 'string',
    operator      VARCHAR(30)   NOT NULL,
    value         VARCHAR(255)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_diffusion_rule PRIMARY KEY (id),
    CONSTRAINT fk_diffusion_rule_publisher FOREIGN KEY (publisher_id) REFERENCES publisher (id),
    CONSTRAINT fk_diffusion_rule_parent FOREIGN KEY (parent_id) REFERENCES diffusion_rule (id) ON DELETE CASCADE,
    INDEX ix_diffusion_rule_publisher (publisher_id, parent_id),
    -- the broadcasters of an announcer: roots whose value is that announcer
    INDEX ix_diffusion_rule_value (field, value, parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per import of an announcer's missions (feed on schedule or on demand). The counters are updated while it
-- runs, so the screens show progress; mission_count and refused_count are read after it, as in the peer.
CREATE TABLE feed_import (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    publisher_id        VARCHAR(24)   NOT NULL,
    trigger_source      VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    error               TEXT          NULL,
    batch_execution_id  BIGINT        NULL,
    received_count      INT           NOT NULL DEFAULT 0,
    created_count       INT           NOT NULL DEFAULT 0,
    updated_count       INT           NOT NULL DEFAULT 0,
    unchanged_count     INT           NOT NULL DEFAULT 0,
    deleted_count       INT           NOT NULL DEFAULT 0,
    refused_count       INT           NOT NULL DEFAULT 0,
    mission_count       INT           NOT NULL DEFAULT 0,
    started_at          DATETIME(6)   NOT NULL,
    finished_at         DATETIME(6)   NULL,
    CONSTRAINT pk_feed_import PRIMARY KEY (id),
    CONSTRAINT fk_feed_import_publisher FOREIGN KEY (publisher_id) REFERENCES publisher (id),
    INDEX ix_feed_import_publisher (publisher_id, started_at),
    INDEX ix_feed_import_status (status, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The missions an import refused, with the reason (statusComment), for the partner's screens.
CREATE TABLE feed_import_refusal (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    import_id   BIGINT        NOT NULL,
    client_id   VARCHAR(255)  NULL,
    title       VARCHAR(1000) NULL,
    reason      VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_feed_import_refusal PRIMARY KEY (id),
    CONSTRAINT fk_feed_import_refusal_import FOREIGN KEY (import_id) REFERENCES feed_import (id) ON DELETE CASCADE,
    INDEX ix_feed_import_refusal_import (import_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Tracking events (click, print, apply, account). from = the broadcaster that generated the traffic, to = the
-- announcer owning the mission. Ids are UUIDv7 (time-ordered): appends stay at the end of the primary key.
-- Counting per partner, per day and per mission reads stat_event_daily, kept in the same transaction as the event.
CREATE TABLE stat_event (
    id                 CHAR(36)      CHARACTER SET ascii NOT NULL,
    type               VARCHAR(10)   NOT NULL,
    source             VARCHAR(20)   NOT NULL,
    source_id          VARCHAR(64)   NULL,
    source_name        VARCHAR(255)  NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    from_publisher_id  VARCHAR(24)   NULL,
    to_publisher_id    VARCHAR(24)   NULL,
    mission_id         CHAR(36)      CHARACTER SET ascii NULL,
    mission_client_id  VARCHAR(255)  NULL,
    click_id           CHAR(36)      CHARACTER SET ascii NULL,
    client_event_id    VARCHAR(255)  NULL,
    request_id         VARCHAR(255)  NULL,
    referer            VARCHAR(1000) NULL,
    user_agent         VARCHAR(1000) NULL,
    host               VARCHAR(255)  NULL,
    origin             VARCHAR(1000) NULL,
    user_hash          CHAR(64)      CHARACTER SET ascii NULL,
    is_bot             BOOLEAN       NOT NULL DEFAULT FALSE,
    is_human           BOOLEAN       NOT NULL DEFAULT FALSE,
    status             VARCHAR(20)   NOT NULL DEFAULT 'PENDING',
    tag                VARCHAR(255)  NULL,
    tags               TEXT          NULL,
    custom_attributes  TEXT          NULL,
    CONSTRAINT pk_stat_event PRIMARY KEY (id),
    INDEX ix_stat_event_to (to_publisher_id, created_at),
    INDEX ix_stat_event_from (from_publisher_id, created_at),
    INDEX ix_stat_event_mission (mission_id, type, from_publisher_id),
    INDEX ix_stat_event_click (click_id, type),
    INDEX ix_stat_event_client_event (client_event_id, to_publisher_id, type),
    INDEX ix_stat_event_user (user_hash, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Counts per day, mission, broadcaster, announcer, type and source (bots excluded): the statistics and the per
-- mission stats read this, a few rows per mission and day, whatever the number of events.
CREATE TABLE stat_event_daily (
    day                DATE          NOT NULL,
    mission_id         CHAR(36)      CHARACTER SET ascii NOT NULL DEFAULT '',
    from_publisher_id  VARCHAR(24)   NOT NULL DEFAULT '',
    to_publisher_id    VARCHAR(24)   NOT NULL DEFAULT '',
    type               VARCHAR(10)   NOT NULL,
    source             VARCHAR(20)   NOT NULL,
    count              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_stat_event_daily PRIMARY KEY (day, mission_id, from_publisher_id, to_publisher_id, type, source),
    INDEX ix_stat_event_daily_to (to_publisher_id, day),
    INDEX ix_stat_event_daily_from (from_publisher_id, day),
    INDEX ix_stat_event_daily_mission (mission_id, type, from_publisher_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
