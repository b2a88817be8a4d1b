package com.pakashop.application.reconciliation;

/**
 * Statement amounts as minor units: digits, optionally a point and one or two decimals. Thousands
 * separators, more decimals, signs and exponents are refused with the line, never guessed at.
 */
final class Amounts {
    private static final long MAX_WHOLE = 1_000_000_000_000L;

    private Amounts() {
    }

    static long minorUnits(long line, String text) {
        if (text.isEmpty()) {
            throw StatementRejected.at(line, "amount is empty");
        }
        if (text.indexOf(',') >= 0 || text.indexOf(' ') >= 0 || text.indexOf('\'') >= 0) {
            throw StatementRejected.at(line, "amount '" + text + "' has a thousands separator; export plain amounts such as 1234.50");
        }
        long whole = 0;
        int i = 0;
        for (; i < text.length() && text.charAt(i) != '.'; i++) {
            whole = whole * 10 + digit(line, text, i);
            if (whole > MAX_WHOLE) {
                throw StatementRejected.at(line, "amount '" + text + "' is too large");
            }
        }
        if (i == 0) {
            throw StatementRejected.at(line, "amount '" + text + "' has no whole part");
        }
        long fraction = 0;
        int decimals = text.length() - i - 1;
        if (i < text.length()) {
            if (decimals < 1 || decimals > 2) {
                throw StatementRejected.at(line, "amount '" + text + "' must have one or two decimals, not " + decimals);
            }
            for (int j = i + 1; j < text.length(); j++) {
                fraction = fraction * 10 + digit(line, text, j);
            }
            if (decimals == 1) {
                fraction *= 10;
            }
        }
        return whole * 100 + fraction;
    }

    private static int digit(long line, String text, int at) {
        char c = text.charAt(at);
        if (c < '0' || c > '9') {
            throw StatementRejected.at(line, "amount '" + text + "' is not a plain decimal number");
        }
        return c - '0';
    }
}
