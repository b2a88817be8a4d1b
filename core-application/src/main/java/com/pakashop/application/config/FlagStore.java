package com.pakashop.application.config;

import com.pakashop.domain.config.FeatureFlag;
import java.util.List;
import java.util.Optional;

/** Where flags are kept for good (PostgreSQL). */
public interface FlagStore {

    Optional<FeatureFlag> byName(String name);

    List<FeatureFlag> all();

    void save(FeatureFlag flag);
}
