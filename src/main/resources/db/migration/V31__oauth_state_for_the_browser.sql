-- A state issued for the web app's "Connect with Strava" rather than the JSON API: its callback must come back to the
-- browser session that started it (which holds the state), and answers with a redirect to the web app, not JSON.
ALTER TABLE strava_oauth_states ADD COLUMN for_browser boolean NOT NULL DEFAULT false;
