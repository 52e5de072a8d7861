-- Core of the bénévolat journey: accounts and roles, structures, missions, candidatures, status history, mail outbox.
-- Every query a screen or a job runs has its index here; the geo search reads mission_address by bounding box.

CREATE TABLE network (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB;

CREATE TABLE account (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    email            VARCHAR(190) NOT NULL,
    password_hash    VARCHAR(400) NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    birth_date       DATE         NULL,
    postal_code      VARCHAR(5)   NULL,
    commune_insee    VARCHAR(5)   NULL,
    phone            VARCHAR(20)  NULL,
    failed_logins    INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)  NULL,
    last_login_at    DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_email UNIQUE (email),
    CONSTRAINT fk_account_commune FOREIGN KEY (commune_insee) REFERENCES commune (insee_code)
) ENGINE=InnoDB;

CREATE TABLE structure (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(255) NOT NULL,
    legal_status     VARCHAR(30)  NOT NULL,
    sub_type         VARCHAR(120) NULL,
    rna              VARCHAR(10)  NULL,
    siret            VARCHAR(14)  NULL,
    description      TEXT         NULL,
    street           VARCHAR(255) NULL,
    postal_code      VARCHAR(5)   NULL,
    commune_insee    VARCHAR(5)   NULL,
    city             VARCHAR(120) NULL,
    department_code  VARCHAR(3)   NULL,
    latitude         DOUBLE       NULL,
    longitude        DOUBLE       NULL,
    phone            VARCHAR(20)  NULL,
    email            VARCHAR(190) NULL,
    website          VARCHAR(255) NULL,
    network_id       BIGINT       NULL,
    status           VARCHAR(30)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_structure_department FOREIGN KEY (department_code) REFERENCES department (code),
    CONSTRAINT fk_structure_commune FOREIGN KEY (commune_insee) REFERENCES commune (insee_code),
    CONSTRAINT fk_structure_network FOREIGN KEY (network_id) REFERENCES network (id),
    INDEX ix_structure_queue (department_code, status, updated_at),
    INDEX ix_structure_status (status, updated_at),
    INDEX ix_structure_network (network_id)
) ENGINE=InnoDB;

CREATE TABLE structure_domain (
    structure_id BIGINT NOT NULL,
    domain_id    INT    NOT NULL,
    PRIMARY KEY (structure_id, domain_id),
    CONSTRAINT fk_structure_domain_structure FOREIGN KEY (structure_id) REFERENCES structure (id) ON DELETE CASCADE,
    CONSTRAINT fk_structure_domain_domain FOREIGN KEY (domain_id) REFERENCES domain (id)
) ENGINE=InnoDB;

-- One row per role an account holds, with the scope of that role (department, region, structure, network, publisher).
CREATE TABLE account_role (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id       BIGINT      NOT NULL,
    role             VARCHAR(30) NOT NULL,
    department_code  VARCHAR(3)  NULL,
    region_code      VARCHAR(3)  NULL,
    structure_id     BIGINT      NULL,
    network_id       BIGINT      NULL,
    publisher_id     BIGINT      NULL,
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_role_department FOREIGN KEY (department_code) REFERENCES department (code),
    CONSTRAINT fk_account_role_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_account_role_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_account_role_network FOREIGN KEY (network_id) REFERENCES network (id),
    INDEX ix_account_role_account (account_id, role),
    INDEX ix_account_role_structure (structure_id, role),
    INDEX ix_account_role_department (department_code, role),
    INDEX ix_account_role_region (region_code, role)
) ENGINE=InnoDB;

CREATE TABLE mission (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    structure_id           BIGINT       NOT NULL,
    title                  VARCHAR(255) NOT NULL,
    description            TEXT         NOT NULL,
    objectives             TEXT         NULL,
    domain_id              INT          NOT NULL,
    secondary_domain_id    INT          NULL,
    type                   VARCHAR(10)  NOT NULL,
    date_type              VARCHAR(10)  NOT NULL,
    start_date             DATE         NOT NULL,
    end_date               DATE         NULL,
    commitment_duration    VARCHAR(20)  NULL,
    commitment_period      VARCHAR(10)  NULL,
    recurrence_description VARCHAR(500) NULL,
    places                 INT          NOT NULL,
    places_taken           INT          NOT NULL DEFAULT 0,
    open_to_minors         BOOLEAN      NOT NULL DEFAULT FALSE,
    registration_open      BOOLEAN      NOT NULL DEFAULT TRUE,
    prerequisites          VARCHAR(500) NULL,
    department_code        VARCHAR(3)   NOT NULL,
    status                 VARCHAR(30)  NOT NULL,
    -- validated mission of a validated structure with registration open: kept by the boundaries, read by search
    searchable             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by             BIGINT       NULL,
    created_at             DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at             DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_mission_structure FOREIGN KEY (structure_id) REFERENCES structure (id),
    CONSTRAINT fk_mission_domain FOREIGN KEY (domain_id) REFERENCES domain (id),
    CONSTRAINT fk_mission_secondary_domain FOREIGN KEY (secondary_domain_id) REFERENCES domain (id),
    CONSTRAINT fk_mission_department FOREIGN KEY (department_code) REFERENCES department (code),
    CONSTRAINT fk_mission_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_mission_places CHECK (places > 0 AND places_taken >= 0 AND places_taken <= places),
    INDEX ix_mission_structure (structure_id, status),
    INDEX ix_mission_queue (department_code, status, updated_at),
    INDEX ix_mission_status (status, updated_at),
    INDEX ix_mission_remote (searchable, type, end_date)
) ENGINE=InnoDB;

CREATE TABLE mission_activity (
    mission_id  BIGINT NOT NULL,
    activity_id INT    NOT NULL,
    PRIMARY KEY (mission_id, activity_id),
    CONSTRAINT fk_mission_activity_mission FOREIGN KEY (mission_id) REFERENCES mission (id) ON DELETE CASCADE,
    CONSTRAINT fk_mission_activity_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    INDEX ix_mission_activity_activity (activity_id, mission_id)
) ENGINE=InnoDB;

-- Addresses carry copies of what the search filters on, so the bounding-box index answers without the mission row.
CREATE TABLE mission_address (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    mission_id       BIGINT       NOT NULL,
    position         INT          NOT NULL,
    street           VARCHAR(255) NULL,
    postal_code      VARCHAR(5)   NOT NULL,
    commune_insee    VARCHAR(5)   NOT NULL,
    city             VARCHAR(120) NOT NULL,
    department_code  VARCHAR(3)   NOT NULL,
    latitude         DOUBLE       NOT NULL,
    longitude        DOUBLE       NOT NULL,
    searchable       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_mission_address_mission FOREIGN KEY (mission_id) REFERENCES mission (id) ON DELETE CASCADE,
    CONSTRAINT fk_mission_address_commune FOREIGN KEY (commune_insee) REFERENCES commune (insee_code),
    INDEX ix_mission_address_geo (searchable, latitude, longitude, mission_id),
    INDEX ix_mission_address_mission (mission_id, position)
) ENGINE=InnoDB;

CREATE TABLE candidature (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    mission_id       BIGINT       NOT NULL,
    candidate_id     BIGINT       NOT NULL,
    program          VARCHAR(10)  NOT NULL DEFAULT 'BENEVOLAT',
    status           VARCHAR(30)  NOT NULL,
    message          TEXT         NULL,
    refusal_reason   VARCHAR(40)  NULL,
    cancel_reason    VARCHAR(40)  NULL,
    reason_comment   VARCHAR(1000) NULL,
    hours_done       INT          NULL,
    created_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version          INT          NOT NULL DEFAULT 0,
    -- NULL when the candidature is over, so that the unique key allows one live candidature per mission and person
    live             TINYINT AS (CASE WHEN status IN ('REFUSED', 'CANCELLED', 'ABANDONED') THEN NULL ELSE 1 END) PERSISTENT,
    CONSTRAINT fk_candidature_mission FOREIGN KEY (mission_id) REFERENCES mission (id),
    CONSTRAINT fk_candidature_candidate FOREIGN KEY (candidate_id) REFERENCES account (id),
    CONSTRAINT uk_candidature_live UNIQUE (mission_id, candidate_id, live),
    INDEX ix_candidature_mission (mission_id, status, created_at),
    INDEX ix_candidature_candidate (candidate_id, status, created_at)
) ENGINE=InnoDB;

CREATE TABLE candidature_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    candidature_id  BIGINT      NOT NULL,
    author_id       BIGINT      NULL,
    body            TEXT        NOT NULL,
    created_at      DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_candidature_message_candidature FOREIGN KEY (candidature_id) REFERENCES candidature (id) ON DELETE CASCADE,
    CONSTRAINT fk_candidature_message_author FOREIGN KEY (author_id) REFERENCES account (id),
    INDEX ix_candidature_message (candidature_id, created_at)
) ENGINE=InnoDB;

-- Who changed what status, when, and why: shown as the history of each structure, mission and candidature.
CREATE TABLE status_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_type VARCHAR(20)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    from_status  VARCHAR(30)   NULL,
    to_status    VARCHAR(30)   NOT NULL,
    actor_id     BIGINT        NULL,
    actor_name   VARCHAR(210)  NOT NULL,
    comment      VARCHAR(1000) NULL,
    changed_at   DATETIME(6)   NOT NULL,
    INDEX ix_status_change_subject (subject_type, subject_id, changed_at)
) ENGINE=InnoDB;

CREATE TABLE outbox_mail (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient        VARCHAR(190)  NOT NULL,
    subject          VARCHAR(255)  NOT NULL,
    body_html        MEDIUMTEXT    NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    last_error       VARCHAR(1000) NULL,
    INDEX ix_outbox_pending (sent_at, next_attempt_at),
    INDEX ix_outbox_recipient (recipient, created_at)
) ENGINE=InnoDB;
