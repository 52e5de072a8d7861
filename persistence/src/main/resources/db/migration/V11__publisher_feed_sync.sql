-- An import no longer rewrites the sync time of each unchanged mission (100,000 row updates, a quarter of an
-- unchanged re-import, docs/benchmarks.md): the publisher keeps the start of its last successful import, which saw
-- every mission it left undeleted. A mission's lastSyncAt is the later of its own and its publisher's.
ALTER TABLE publisher ADD COLUMN feed_synced_at DATETIME(6) NULL;
