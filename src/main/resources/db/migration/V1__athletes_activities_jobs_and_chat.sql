-- Runaway's schema. Distances in metres, durations in seconds, speeds in m/s, heart rate in bpm.

CREATE TABLE athletes (
    id                 bigserial PRIMARY KEY,
    name               text        NOT NULL,
    units              text        NOT NULL DEFAULT 'metric' CHECK (units IN ('metric', 'imperial')),
    timezone           text        NOT NULL DEFAULT 'UTC',
    birth_year         integer,
    sex                text CHECK (sex IN ('M', 'F')),
    max_heartrate      integer,
    resting_heartrate  integer,
    is_owner           boolean     NOT NULL DEFAULT false,
    is_demo            boolean     NOT NULL DEFAULT false,
    strava_athlete_id  bigint UNIQUE,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
-- The single-user setup has exactly one owner.
CREATE UNIQUE INDEX athletes_single_owner ON athletes (is_owner) WHERE is_owner;

-- Bearer tokens, stored as SHA-256 hashes only. An operator token has no athlete.
CREATE TABLE access_tokens (
    token_hash   bytea PRIMARY KEY,
    athlete_id   bigint REFERENCES athletes ON DELETE CASCADE,
    role         text        NOT NULL CHECK (role IN ('athlete', 'operator')),
    label        text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'operator') = (athlete_id IS NULL))
);
CREATE INDEX access_tokens_athlete ON access_tokens (athlete_id);

CREATE TABLE activities (
    id                     bigserial PRIMARY KEY,
    athlete_id             bigint           NOT NULL REFERENCES athletes ON DELETE CASCADE,
    strava_id              bigint,
    fingerprint            text,
    source                 text             NOT NULL CHECK (source IN ('strava_api', 'strava_export', 'file_upload', 'demo')),
    name                   text             NOT NULL,
    sport_type             text             NOT NULL,
    workout_type           text CHECK (workout_type IN ('default', 'race', 'long_run', 'workout')),
    start_date             timestamptz      NOT NULL,
    -- The wall-clock start where the athlete was; it decides the day, week and month an activity counts in.
    start_date_local       timestamp        NOT NULL,
    timezone               text             NOT NULL,
    -- True when the source did not say where the activity happened (a Strava export, a GPX): the athlete's zone
    -- is used, and follows the athlete's later changes of it.
    timezone_from_athlete  boolean          NOT NULL,
    distance_m             double precision NOT NULL,
    moving_time_s          integer          NOT NULL,
    elapsed_time_s         integer          NOT NULL,
    elevation_gain_m       double precision,
    average_speed_mps      double precision,
    max_speed_mps          double precision,
    average_heartrate      double precision,
    max_heartrate          double precision,
    average_cadence        double precision,
    gear_name              text,
    commute                boolean          NOT NULL DEFAULT false,
    trainer                boolean          NOT NULL DEFAULT false,
    manual                 boolean          NOT NULL DEFAULT false,
    description            text,
    relative_effort        integer,
    track                  jsonb,
    created_at             timestamptz      NOT NULL DEFAULT now(),
    updated_at             timestamptz      NOT NULL DEFAULT now(),
    CHECK (strava_id IS NOT NULL OR fingerprint IS NOT NULL)
);
CREATE UNIQUE INDEX activities_strava_id ON activities (athlete_id, strava_id) WHERE strava_id IS NOT NULL;
CREATE UNIQUE INDEX activities_fingerprint ON activities (athlete_id, fingerprint) WHERE fingerprint IS NOT NULL;
CREATE INDEX activities_by_start ON activities (athlete_id, start_date DESC, id DESC);
CREATE INDEX activities_by_local_day ON activities (athlete_id, start_date_local);
CREATE INDEX activities_by_sport ON activities (athlete_id, sport_type, start_date DESC);
CREATE INDEX activities_by_distance ON activities (athlete_id, distance_m DESC, id DESC);

-- One vector per activity summary (all-MiniLM-L6-v2, 384 dimensions), searched exactly per athlete.
CREATE TABLE activity_embeddings (
    activity_id  bigint PRIMARY KEY REFERENCES activities ON DELETE CASCADE,
    athlete_id   bigint      NOT NULL REFERENCES athletes ON DELETE CASCADE,
    model        text        NOT NULL,
    summary      text        NOT NULL,
    embedding    real[]      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_embeddings_athlete ON activity_embeddings (athlete_id);

CREATE TABLE chat_conversations (
    id          uuid PRIMARY KEY,
    athlete_id  bigint      NOT NULL REFERENCES athletes ON DELETE CASCADE,
    title       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_conversations_athlete ON chat_conversations (athlete_id, updated_at DESC);

CREATE TABLE chat_messages (
    id               bigserial PRIMARY KEY,
    conversation_id  uuid        NOT NULL REFERENCES chat_conversations ON DELETE CASCADE,
    athlete_id       bigint      NOT NULL REFERENCES athletes ON DELETE CASCADE,
    role             text        NOT NULL CHECK (role IN ('user', 'assistant')),
    content          text        NOT NULL,
    sources          jsonb,
    mode             text,
    model            text,
    input_tokens     integer,
    output_tokens    integer,
    cost_usd         numeric(12, 6),
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_messages_conversation ON chat_messages (conversation_id, id);
CREATE INDEX chat_messages_athlete ON chat_messages (athlete_id, created_at);

-- What the assistant has learnt about the athlete (facts, preferences); viewable and deletable by the athlete.
CREATE TABLE athlete_ai_profiles (
    athlete_id   bigint PRIMARY KEY REFERENCES athletes ON DELETE CASCADE,
    memory       jsonb       NOT NULL DEFAULT '[]',
    preferences  jsonb       NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE goals (
    id              bigserial PRIMARY KEY,
    athlete_id      bigint      NOT NULL REFERENCES athletes ON DELETE CASCADE,
    description     text        NOT NULL,
    race_distance_m double precision,
    target_time_s   integer,
    race_date       date,
    priority        text        NOT NULL DEFAULT 'A' CHECK (priority IN ('A', 'B', 'C')),
    status          text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'abandoned')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX goals_athlete ON goals (athlete_id, status);

-- What the athlete commits to for a day; whether the day's activities met it is computed, not stored.
CREATE TABLE commitments (
    id                  bigserial PRIMARY KEY,
    athlete_id          bigint      NOT NULL REFERENCES athletes ON DELETE CASCADE,
    day                 date        NOT NULL,
    sport_type          text        NOT NULL DEFAULT 'Run',
    description         text,
    target_distance_m   double precision,
    target_duration_s   integer,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (athlete_id, day, sport_type)
);

-- Durable background jobs: any node claims a queued job with FOR UPDATE SKIP LOCKED and keeps a heartbeat;
-- a running job whose heartbeat stops (its node died) is queued again or failed.
CREATE TABLE jobs (
    id            uuid PRIMARY KEY,
    athlete_id    bigint      REFERENCES athletes ON DELETE CASCADE,
    kind          text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    payload       jsonb       NOT NULL DEFAULT '{}',
    progress      jsonb       NOT NULL DEFAULT '{}',
    result        jsonb,
    error         text,
    attempts      integer     NOT NULL DEFAULT 0,
    max_attempts  integer     NOT NULL DEFAULT 3,
    run_after     timestamptz NOT NULL DEFAULT now(),
    claimed_by    text,
    heartbeat_at  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    started_at    timestamptz,
    finished_at   timestamptz
);
CREATE INDEX jobs_queued ON jobs (run_after) WHERE status = 'queued';
CREATE INDEX jobs_running ON jobs (heartbeat_at) WHERE status = 'running';
CREATE INDEX jobs_athlete ON jobs (athlete_id, created_at DESC);

-- An upload waiting for (or being read by) its import job, in chunks so that any node can read it.
CREATE TABLE import_uploads (
    job_id  uuid    NOT NULL REFERENCES jobs ON DELETE CASCADE,
    seq     integer NOT NULL,
    data    bytea   NOT NULL,
    PRIMARY KEY (job_id, seq)
);
