package com.pakashop.adapter.persistence;


import com.pakashop.application.tracking.AgentDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Active AGENT accounts from {@code users}, with the town from {@code agent_profiles} when they gave one. */
public final class JdbiAgentDirectory implements AgentDirectory {
    private final JdbiTransactions tx;

    public JdbiAgentDirectory(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Agent> active(Optional<String> town, Optional<UUID> after, int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT u.id, u.name, p.town
                          FROM users u
                          LEFT JOIN agent_profiles p ON p.user_id = u.id
                         WHERE 'AGENT' = ANY(u.roles) AND u.status = 'ACTIVE'
                           AND (CAST(:town AS text) IS NULL OR lower(p.town) = lower(:town))
                           AND u.id > :after
                         ORDER BY u.id
                         LIMIT :limit""")
                .bind("town", town.orElse(null))
                .bind("after", after.orElse(new UUID(0, 0)))
                .bind("limit", limit)
                .map((rs, ctx) -> new Agent(rs.getObject("id", UUID.class), rs.getString("name"),
                        Optional.ofNullable(rs.getString("town"))))
                .list());
    }

    @Override
    public void setTown(UUID agentId, String town, Instant at) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO agent_profiles (user_id, town, updated_at) VALUES (:agent, :town, :at)
                        ON CONFLICT (user_id) DO UPDATE SET town = EXCLUDED.town, updated_at = EXCLUDED.updated_at""")
                .bind("agent", agentId).bind("town", town).bind("at", at).execute());
    }
}
