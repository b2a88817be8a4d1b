package com.pakashop.application.config;

import java.util.Optional;

/**
 * A shared copy of the flags (Redis, under FEATURE_FLAGS_REDIS_KEY) so instances do not ask the
 * database on every read. Best effort: a miss or an error means "ask the store".
 */
public interface FlagCache {

    /** No shared cache (no Redis): every instance keeps its own short-lived copy only. */
    FlagCache NONE = new FlagCache() {
        @Override
        public Optional<Boolean> get(String name) {
            return Optional.empty();
        }

        @Override
        public void put(String name, boolean enabled) {
        }
    };

    Optional<Boolean> get(String name);

    void put(String name, boolean enabled);
}
