-- Failed authentications (unknown or revoked bearer tokens) per client address in its current window, shared by every
-- node: an address past the limit is answered 429 until its window ends. A row lives for at most two windows.
CREATE TABLE auth_failures (
    client_address  text        PRIMARY KEY,
    window_start    timestamptz NOT NULL,
    failures        integer     NOT NULL
);
CREATE INDEX auth_failures_window ON auth_failures (window_start);
