package com.pakashop.application.tracking;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.tracking.Destination;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Vendors and staff find an agent to dispatch to; each agent says which town they work in. */
public final class FindingAgents {
    public static final int MAX_PAGE = 100;

    private final AgentDirectory directory;
    private final Transactions tx;
    private final Auditing audit;
    private final Clock clock;

    public FindingAgents(AgentDirectory directory, Transactions tx, Auditing audit, Clock clock) {
        this.directory = directory;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public List<AgentDirectory.Agent> active(Principal caller, Optional<String> town, Optional<UUID> after, int limit) {
        caller.requireAny(Permission.SHOP_MANAGE_OWN, Permission.ORDERS_MANAGE_ANY);
        new Validation()
                .require(limit >= 1 && limit <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE)
                .require(town.map(t -> !t.isBlank() && t.length() <= Destination.MAX_TOWN).orElse(true), "town",
                        "must be a town name of 1 to " + Destination.MAX_TOWN + " characters")
                .throwIfInvalid();
        return directory.active(town.map(String::strip), after, limit);
    }

    /** The calling agent's own town. */
    public String setTown(Principal caller, String town, RequestContext context) {
        caller.require(Permission.TRACKING_REPORT);
        new Validation().require(town != null && !town.isBlank() && town.length() <= Destination.MAX_TOWN, "town",
                "must be a town name of 1 to " + Destination.MAX_TOWN + " characters").throwIfInvalid();
        String cleaned = town.strip();
        tx.inTransaction(() -> {
            directory.setTown(caller.self(), cleaned, clock.instant());
            audit.record("AGENT_TOWN_SET", caller.describe(), "user:" + caller.self(), context, Map.of("town", cleaned));
        });
        return cleaned;
    }
}
