package com.pakashop.application.reconciliation;

import com.pakashop.domain.shared.ValidationFailed;

/** A statement that cannot be read as it stands: a validation failure of field "statement", naming the line. */
public final class StatementRejected {
    private StatementRejected() {
    }

    /** {@code line} 0 when the failure belongs to no line (the file is not text, say). */
    public static ValidationFailed at(long line, String message) {
        return ValidationFailed.of("statement", (line > 0 ? "line " + line + ": " : "") + message);
    }
}
