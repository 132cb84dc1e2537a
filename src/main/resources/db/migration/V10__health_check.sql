-- One row the health check writes to, so that readiness reports a database that can be read but not written.
CREATE TABLE health_check (
    id          INTEGER PRIMARY KEY,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO health_check (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
