-- A counter per athlete that rises whenever anything the coach's analysis reads changes (activities, profile,
-- goals, illness or injury). Cached analyses are keyed by it, so a change on any node retires every node's entries.
CREATE TABLE analysis_versions (
    athlete_id  bigint PRIMARY KEY REFERENCES athletes ON DELETE CASCADE,
    version     bigint NOT NULL
);
