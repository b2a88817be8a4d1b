package com.pakashop.application.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Active delivery agents and the town each works in. */
public interface AgentDirectory {

    /** Active AGENT accounts, by id after {@code after}, in {@code town} (any case) when given. */
    List<Agent> active(Optional<String> town, Optional<UUID> after, int limit);

    void setTown(UUID agentId, String town, Instant at);

    record Agent(UUID id, String name, Optional<String> town) {
    }
}
