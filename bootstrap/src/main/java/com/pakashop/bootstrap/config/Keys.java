package com.pakashop.bootstrap.config;

import java.util.Set;

/** The secrets the gateway and identity need; {@code generated} names those dev made up (and kept) at this start. */
public record Keys(Secret jwtSecret, Secret clientKey, Secret internalKey, Secret totpEncryptionKey, Set<String> generated) {
    public Keys {
        generated = Set.copyOf(generated);
    }
}
