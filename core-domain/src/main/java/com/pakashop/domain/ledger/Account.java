package com.pakashop.domain.ledger;

import java.util.Objects;
import java.util.Optional;

/** One account: a kind, and for per-owner kinds the owner (provider name, order id, shop id, agent id). */
public record Account(AccountKind kind, Optional<String> owner) {
    public Account {
        Objects.requireNonNull(kind, "kind");
        if (kind.owned() == owner.isEmpty()) {
            throw new IllegalArgumentException(kind + (kind.owned() ? " needs an owner" : " has no owner"));
        }
    }

    public static Account of(AccountKind kind) {
        return new Account(kind, Optional.empty());
    }

    public static Account of(AccountKind kind, Object owner) {
        return new Account(kind, Optional.of(owner.toString()));
    }

    /** The stored form, {@code KIND} or {@code KIND:owner}. */
    public String code() {
        return owner.map(o -> kind.name() + ":" + o).orElse(kind.name());
    }

    public static Account parse(String code) {
        int colon = code.indexOf(':');
        return colon < 0 ? of(AccountKind.valueOf(code))
                : of(AccountKind.valueOf(code.substring(0, colon)), code.substring(colon + 1));
    }
}
