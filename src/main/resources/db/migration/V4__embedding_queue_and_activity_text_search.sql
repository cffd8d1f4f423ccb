-- Activities waiting for (re-)embedding. A row is written in the transaction that stores the activity, so nothing is
-- lost on a crash; any node leases a batch (claimed_until) and deletes the rows it embedded. A change while a batch
-- is being embedded bumps the generation, so that the newer text is embedded again.
CREATE TABLE embedding_queue (
    activity_id    bigint PRIMARY KEY REFERENCES activities ON DELETE CASCADE,
    athlete_id     bigint      NOT NULL REFERENCES athletes ON DELETE CASCADE,
    generation     bigint      NOT NULL DEFAULT 1,
    queued_at      timestamptz NOT NULL DEFAULT now(),
    claimed_until  timestamptz
);
CREATE INDEX embedding_queue_order ON embedding_queue (queued_at);
CREATE INDEX embedding_queue_athlete ON embedding_queue (athlete_id);

-- Each athlete's embeddings carry the athlete's write version: the writer bumps it under a row lock, so a node's
-- in-memory vectors catch up by loading the rows above the version it holds.
CREATE TABLE embedding_versions (
    athlete_id  bigint PRIMARY KEY REFERENCES athletes ON DELETE CASCADE,
    version     bigint NOT NULL
);
ALTER TABLE activity_embeddings ADD COLUMN version bigint NOT NULL DEFAULT 0;
CREATE INDEX activity_embeddings_athlete_version ON activity_embeddings (athlete_id, version);

-- Full-text search on names and descriptions, combined with the semantic search.
CREATE INDEX activities_text ON activities
    USING gin (to_tsvector('english', name || ' ' || coalesce(description, '')));
