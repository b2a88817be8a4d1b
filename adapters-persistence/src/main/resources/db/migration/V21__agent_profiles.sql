-- Where each delivery agent works, so vendors can find one in their town to dispatch to.
CREATE TABLE agent_profiles (
    user_id    uuid PRIMARY KEY REFERENCES users (id),
    town       text        NOT NULL CHECK (length(town) BETWEEN 1 AND 60),
    updated_at timestamptz NOT NULL
);
CREATE INDEX agent_profiles_town ON agent_profiles (lower(town));
