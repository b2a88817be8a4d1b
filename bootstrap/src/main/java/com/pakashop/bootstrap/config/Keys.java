package com.pakashop.bootstrap.config;

import java.util.Set;

/** The secrets the gateway and identity need; {@code generated} names those made up for this dev run. */
public record Keys(Secret jwtSecret, Secret clientKey, Secret internalKey, Secret totpEncryptionKey, Set<String> generated) {
    public Keys {
        generated = Set.copyOf(generated);
    }
}
