-- Robots found by what they do rather than by their user agent (the peer's WarningBot and StatBot): a visitor
-- (user hash) with many clicks in 24 hours, all from one broadcaster, none followed by an application or an account.
-- The hourly watch lists them here; an administrator blocks one (blocked_at set): its events are then flagged
-- is_bot and leave the daily counts, and so are its later clicks. Unblocking puts them back.
CREATE TABLE bot_suspect (
    user_hash          CHAR(64)      CHARACTER SET ascii NOT NULL,
    user_agent         VARCHAR(1000) NULL,
    from_publisher_id  VARCHAR(24)   NULL,
    click_count        INT           NOT NULL,
    print_count        INT           NOT NULL,
    first_click_at     DATETIME(6)   NOT NULL,
    last_click_at      DATETIME(6)   NOT NULL,
    detected_at        DATETIME(6)   NOT NULL,
    blocked_at         DATETIME(6)   NULL,
    blocked_by         VARCHAR(255)  NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_bot_suspect PRIMARY KEY (user_hash),
    INDEX ix_bot_suspect_detected (detected_at),
    INDEX ix_bot_suspect_blocked (blocked_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The watch reads the last 24 hours of events by visitor: a range of this index, not a scan of the table.
ALTER TABLE stat_event ADD INDEX ix_stat_event_recent (created_at, user_hash, type, from_publisher_id);
