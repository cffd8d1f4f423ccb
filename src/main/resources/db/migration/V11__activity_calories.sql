-- The energy an activity cost as its source states it (a Strava export's Calories, a FIT session's total
-- calories, a TCX lap's Calories), in kilocalories; null where the source has none.
ALTER TABLE activities ADD COLUMN calories double precision CHECK (calories IS NULL OR calories >= 0);
