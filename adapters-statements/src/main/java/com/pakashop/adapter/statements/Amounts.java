package com.pakashop.adapter.statements;

import com.pakashop.application.reconciliation.StatementRejected;
import com.pakashop.domain.shared.Money;

/**
 * Statement amounts as minor units, read by {@link Money#parse}. Thousands separators and more
 * than two decimals get their own message, since they are what exports most often get wrong;
 * anything else that is not a plain decimal (signs, exponents) is refused too, never guessed at.
 */
final class Amounts {
    private Amounts() {
    }

    static long minorUnits(long line, String text) {
        if (text.isEmpty()) {
            throw StatementRejected.at(line, "amount is empty");
        }
        if (text.indexOf(',') >= 0 || text.indexOf(' ') >= 0 || text.indexOf('\'') >= 0) {
            throw StatementRejected.at(line, "amount '" + text + "' has a thousands separator; export plain amounts such as 1234.50");
        }
        int point = text.indexOf('.');
        if (point >= 0 && text.length() - point - 1 > 2) {
            throw StatementRejected.at(line, "amount '" + text + "' must have one or two decimals, not "
                    + (text.length() - point - 1));
        }
        return Money.parse(text, Money.ZMW).map(Money::minor).orElseThrow(() -> StatementRejected.at(line,
                "amount '" + text + "' is not a plain decimal number such as 1234.50"));
    }
}
