package com.pakashop.application.reconciliation;

import com.pakashop.domain.shared.ValidationFailed;

/** A statement that cannot be read as it stands: a validation failure of field "statement", naming the line. */
final class StatementRejected {
    private StatementRejected() {
    }

    static ValidationFailed at(long line, String message) {
        return ValidationFailed.of("statement", (line > 0 ? "line " + line + ": " : "") + message);
    }
}
