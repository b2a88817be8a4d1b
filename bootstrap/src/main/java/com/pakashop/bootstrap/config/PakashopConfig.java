package com.pakashop.bootstrap.config;

import java.util.List;
import java.util.Optional;

/** The whole configuration, read once from the environment and checked before anything starts. */
public record PakashopConfig(
        Mode mode,
        HttpSettings http,
        DatabaseUrl database,
        int databasePoolSize,
        Optional<String> redisUrl,
        String redisKeyPrefix,
        Keys keys,
        Providers providers,
        WorkerSettings worker,
        IdentitySettings identity,
        CommerceSettings commerce,
        PaymentSettings payments,
        TrackingSettings tracking,
        TrustSettings trust,
        BackOfficeSettings backOffice,
        List<ResolvedSetting> resolved) {

    public PakashopConfig {
        resolved = List.copyOf(resolved);
    }
}
