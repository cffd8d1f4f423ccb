-- Periods when the athlete is ill or injured: a hard limit for the coach's plan (no intensity, a gradual return).
CREATE TABLE athlete_status_periods (
    id          bigserial PRIMARY KEY,
    athlete_id  bigint      NOT NULL REFERENCES athletes ON DELETE CASCADE,
    status      text        NOT NULL CHECK (status IN ('ill', 'injured')),
    starts_on   date        NOT NULL,
    ends_on     date,
    note        text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX athlete_status_periods_athlete ON athlete_status_periods (athlete_id, starts_on DESC);
