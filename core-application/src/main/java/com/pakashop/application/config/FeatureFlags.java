package com.pakashop.application.config;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.config.FeatureFlag;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and changes feature flags. A read is answered from memory for {@code localTtl}, then from
 * the shared cache, then from the store; a flag never set is off. A change is saved, written
 * through to the shared cache and audited; other instances see it within {@code localTtl}.
 */
public final class FeatureFlags {
    private final FlagStore store;
    private final FlagCache cache;
    private final Auditing audit;
    private final Transactions tx;
    private final Duration localTtl;
    private final Clock clock;
    private final Map<String, Local> local = new ConcurrentHashMap<>();

    public FeatureFlags(FlagStore store, FlagCache cache, Auditing audit, Transactions tx, Duration localTtl, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.audit = audit;
        this.tx = tx;
        this.localTtl = localTtl;
        this.clock = clock;
    }

    public boolean enabled(String name) {
        Instant now = clock.instant();
        Local known = local.get(name);
        if (known != null && known.until().isAfter(now)) {
            return known.enabled();
        }
        boolean enabled = cache.get(name).orElseGet(() -> {
            boolean stored = tx.inTransaction(() -> store.byName(name)).map(FeatureFlag::enabled).orElse(false);
            cache.put(name, stored);
            return stored;
        });
        local.put(name, new Local(enabled, now.plus(localTtl)));
        return enabled;
    }

    public List<FeatureFlag> list(Principal caller) {
        caller.require(Permission.FLAGS_MANAGE);
        return tx.inTransaction(store::all);
    }

    public FeatureFlag get(Principal caller, String name) {
        caller.require(Permission.FLAGS_MANAGE);
        FeatureFlag.requireName(name);
        return tx.inTransaction(() -> store.byName(name)).orElseGet(() -> FeatureFlag.off(name));
    }

    public FeatureFlag set(Principal caller, String name, Boolean enabled, String reason, RequestContext context) {
        caller.require(Permission.FLAGS_MANAGE);
        FeatureFlag.requireName(name);
        if (enabled == null) {
            throw ValidationFailed.of("enabled", "is required: true or false");
        }
        if (reason == null || reason.isBlank()) {
            throw ValidationFailed.of("reason", "say why; it stays in the audit log");
        }
        Instant now = clock.instant();
        FeatureFlag changed = new FeatureFlag(name, enabled, Optional.of(caller.describe()), Optional.of(now));
        tx.inTransaction(() -> {
            Optional<FeatureFlag> before = store.byName(name);
            store.save(changed);
            audit.record("FLAG_SET", caller.describe(), "flag:" + name, context, Map.of("enabled", enabled.toString(),
                    "was", before.map(f -> String.valueOf(f.enabled())).orElse("unset"), "reason", reason.strip()));
            return changed;
        });
        cache.put(name, enabled);
        local.remove(name);
        return changed;
    }

    private record Local(boolean enabled, Instant until) {
    }
}
