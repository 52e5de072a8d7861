-- Tracking (issue 3, §1.6, §1.7 and §5 of the reference): the widgets and campaigns that the /r routes attribute
-- clicks and impressions to, and the secret that signs the tracking tokens.

-- A broadcaster's widget (iframe of missions). Only what the redirects read is here: its owner, to attribute the
-- traffic, and its name, for utm_campaign; the display settings come with the widget screens.
CREATE TABLE widget (
    id                 VARCHAR(36)   CHARACTER SET ascii NOT NULL,
    name               VARCHAR(255)  NOT NULL,
    from_publisher_id  VARCHAR(24)   NOT NULL,
    type               VARCHAR(40)   NOT NULL DEFAULT 'benevolat',
    style              VARCHAR(20)   NOT NULL DEFAULT 'page',
    color              VARCHAR(20)   NOT NULL DEFAULT '#000091',
    url                VARCHAR(2000) NULL,
    active             BOOLEAN       NOT NULL DEFAULT TRUE,
    deleted_at         DATETIME(6)   NULL,
    created_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_widget PRIMARY KEY (id),
    CONSTRAINT uk_widget_name UNIQUE (name),
    CONSTRAINT fk_widget_publisher FOREIGN KEY (from_publisher_id) REFERENCES publisher (id),
    INDEX ix_widget_publisher (from_publisher_id, deleted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A tracked link of a broadcaster to an announcer's page (banner, mailing, tile): /r/campaign/<id> redirects to url
-- with the click id and the campaign's trackers (a JSON list of "key=value" strings) appended.
CREATE TABLE campaign (
    id                 VARCHAR(36)   CHARACTER SET ascii NOT NULL,
    name               VARCHAR(255)  NOT NULL,
    type               VARCHAR(20)   NOT NULL DEFAULT 'OTHER',
    url_source         VARCHAR(2000) NULL,
    url                VARCHAR(2000) NOT NULL,
    from_publisher_id  VARCHAR(24)   NOT NULL,
    to_publisher_id    VARCHAR(24)   NOT NULL,
    trackers           TEXT          NULL,
    active             BOOLEAN       NOT NULL DEFAULT TRUE,
    deleted_at         DATETIME(6)   NULL,
    created_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_campaign PRIMARY KEY (id),
    CONSTRAINT uk_campaign_name UNIQUE (from_publisher_id, name),
    CONSTRAINT fk_campaign_from FOREIGN KEY (from_publisher_id) REFERENCES publisher (id),
    CONSTRAINT fk_campaign_to FOREIGN KEY (to_publisher_id) REFERENCES publisher (id),
    INDEX ix_campaign_to (to_publisher_id, deleted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Secrets the application generates once and every instance of a cluster shares (the first instance to start
-- writes it, INSERT IGNORE; the others read the same row): the HS256 key of the tracking tokens, unless
-- the setting tracking.token-secret gives one.
CREATE TABLE app_secret (
    name        VARCHAR(60)   CHARACTER SET ascii NOT NULL,
    value       VARCHAR(200)  CHARACTER SET ascii NOT NULL,
    created_at  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_app_secret PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
