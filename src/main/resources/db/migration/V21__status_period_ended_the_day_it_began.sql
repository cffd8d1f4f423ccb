-- "Injured", then "healthy again" the same day: the period is kept, ending the day before it began. It covers no
-- day (the athlete is healthy from that day), and the coach still eases the athlete back in after it.
ALTER TABLE athlete_status_periods DROP CONSTRAINT athlete_status_periods_check;
ALTER TABLE athlete_status_periods ADD CONSTRAINT athlete_status_periods_check
    CHECK (ends_on IS NULL OR ends_on >= starts_on - 1);
