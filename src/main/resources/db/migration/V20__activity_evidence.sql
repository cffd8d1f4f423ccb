-- The athlete's say on an activity as evidence of fitness (VDOT, best efforts, records, pace trends): 'include'
-- keeps it whatever the coach's plausibility checks find, 'exclude' leaves it out; no value leaves it to the checks.
-- Imports and syncs never write it, so the choice survives a re-import of the same activity.
ALTER TABLE activities ADD COLUMN evidence text CHECK (evidence IN ('include', 'exclude'));
