-- "What's my fastest 10k?" walks one athlete's activities in order of average pace and stops at the first that
-- qualifies, instead of sorting all of them.
CREATE INDEX activities_by_pace ON activities (athlete_id, (moving_time_s / distance_m)) WHERE distance_m > 0;
