-- Feature flags staff switch at run time; a flag never set is off.
CREATE TABLE feature_flags (
    name       text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9-]{1,59}$'),
    enabled    boolean     NOT NULL,
    changed_by text        NOT NULL,
    changed_at timestamptz NOT NULL
);
