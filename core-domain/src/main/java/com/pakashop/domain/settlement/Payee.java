package com.pakashop.domain.settlement;

import java.util.UUID;

/** Who is paid: a shop's id or an agent's user id, with its kind. */
public record Payee(PayeeKind kind, UUID id) {
}
