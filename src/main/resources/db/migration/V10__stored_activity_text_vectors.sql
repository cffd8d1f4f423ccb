-- The full-text form of each activity's name and description, computed once when the row is written: ranking a
-- recall's matches recomputed it for every matching row (twice, to match and to rank), and a recall question holds
-- words as common as "run", which match nearly all of an athlete's activities (about 200 ms for 50,000 of them,
-- against about 40 ms reading the stored value). The full-text index is now built on the stored value.
ALTER TABLE activities ADD COLUMN text_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('english', name || ' ' || coalesce(description, ''))) STORED;
DROP INDEX activities_text;
CREATE INDEX activities_text ON activities USING gin (text_vector);
