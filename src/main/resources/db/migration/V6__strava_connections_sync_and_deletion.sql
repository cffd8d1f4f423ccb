-- Jobs: a key that allows one queued or running job at a time (one Strava sync per athlete), and a checkpoint (a
-- page, an `after` timestamp) that a job resumed after a crash or restart continues from.
ALTER TABLE jobs ADD COLUMN unique_key text;
ALTER TABLE jobs ADD COLUMN checkpoint jsonb;
CREATE UNIQUE INDEX jobs_one_active_per_key ON jobs (unique_key)
    WHERE unique_key IS NOT NULL AND status IN ('queued', 'running');

-- Every source that has given an activity its figures, so that forgetting one source (Strava's API, when an athlete
-- disconnects) deletes only what came from it alone. `source` stays the highest-ranked of them.
ALTER TABLE activities ADD COLUMN sources text[];
UPDATE activities SET sources = ARRAY[source];
ALTER TABLE activities ALTER COLUMN sources SET NOT NULL;
ALTER TABLE activities ADD COLUMN device_name text;
CREATE INDEX activities_strava_api ON activities (athlete_id, start_date DESC) WHERE 'strava_api' = ANY (sources);

-- An athlete's connection to Strava: the tokens are AES-GCM ciphertexts (key from RUNAWAY_SECRET_KEY or the home).
CREATE TABLE strava_connections (
    athlete_id             bigint PRIMARY KEY REFERENCES athletes ON DELETE CASCADE,
    strava_athlete_id      bigint      NOT NULL UNIQUE,
    strava_athlete_name    text,
    scope                  text        NOT NULL,
    access_token           bytea       NOT NULL,
    refresh_token          bytea       NOT NULL,
    expires_at             timestamptz NOT NULL,
    needs_reauthorization  boolean     NOT NULL DEFAULT false,
    connected_at           timestamptz NOT NULL DEFAULT now(),
    last_sync_at           timestamptz,
    full_sync_at           timestamptz
);

-- OAuth states handed out and not yet used: a callback consumes its row, so a state works once.
CREATE TABLE strava_oauth_states (
    nonce       text PRIMARY KEY,
    athlete_id  bigint REFERENCES athletes ON DELETE CASCADE,
    expires_at  timestamptz NOT NULL
);

-- The API budget of the Strava application (per client id), shared by every job on every node: usage counted before
-- each request is sent, corrected from Strava's X-RateLimit-* and X-ReadRateLimit-* headers after it.
CREATE TABLE strava_rate_budget (
    application         text PRIMARY KEY,
    short_window_start  timestamptz NOT NULL,
    daily_window_start  timestamptz NOT NULL,
    short_usage         integer     NOT NULL,
    short_limit         integer     NOT NULL,
    daily_usage         integer     NOT NULL,
    daily_limit         integer     NOT NULL,
    read_short_usage    integer     NOT NULL,
    read_short_limit    integer     NOT NULL,
    read_daily_usage    integer     NOT NULL,
    read_daily_limit    integer     NOT NULL
);

-- When each activity last came from Strava's API (for RUNAWAY_STRAVA_RETENTION_DAYS), and whether as a detailed
-- record (a list summary lacks the description, gear and device).
CREATE TABLE strava_received (
    athlete_id   bigint      NOT NULL REFERENCES athletes ON DELETE CASCADE,
    strava_id    bigint      NOT NULL,
    received_at  timestamptz NOT NULL,
    detailed_at  timestamptz,
    PRIMARY KEY (athlete_id, strava_id)
);
CREATE INDEX strava_received_age ON strava_received (received_at);

-- The embedding version at which the athlete's vectors last lost rows (activities deleted): a node holding vectors
-- of an older version reloads them whole instead of only catching up.
ALTER TABLE embedding_versions ADD COLUMN deleted_at_version bigint NOT NULL DEFAULT 0;
