package com.pakashop.application.reconciliation;

import static com.pakashop.domain.shared.BusinessTime.LUSAKA;

import com.pakashop.domain.reconciliation.StatementRow;
import com.pakashop.domain.reconciliation.TransferKind;
import com.pakashop.domain.reconciliation.TransferOutcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns we read from each provider's statement export (documented in README, "Finance
 * staff"). Headers are matched without regard to case or order; other columns are ignored.
 * pawaPay's transaction id is the id we gave it, so it is also our reference.
 */
public enum StatementFormat {
    PAWAPAY("PAWAPAY", List.of("transaction id", "type", "status", "amount", "currency", "created at"),
            Map.of("DEPOSIT", TransferKind.COLLECTION, "PAYOUT", TransferKind.PAYOUT, "REFUND", TransferKind.REFUND),
            Map.of("COMPLETED", TransferOutcome.COMPLETED, "FAILED", TransferOutcome.FAILED, "REJECTED",
                    TransferOutcome.FAILED), true),
    FLUTTERWAVE("FLUTTERWAVE", List.of("transaction id", "reference", "type", "status", "amount", "currency", "date"),
            Map.of("CHARGE", TransferKind.COLLECTION, "TRANSFER", TransferKind.PAYOUT, "REFUND", TransferKind.REFUND),
            Map.of("SUCCESSFUL", TransferOutcome.COMPLETED, "SUCCESS", TransferOutcome.COMPLETED, "COMPLETED",
                    TransferOutcome.COMPLETED, "FAILED", TransferOutcome.FAILED, "CANCELLED", TransferOutcome.FAILED),
            true),
    /**
     * The development provider: pawaPay's columns, with our payment, refund or payout id as the
     * transaction id, so a newcomer can reconcile what the mock took. No daily run: it moves no money.
     */
    MOCK("MOCK", PAWAPAY.columns, PAWAPAY.kinds, PAWAPAY.outcomes, false);

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String provider;
    private final List<String> columns;
    private final Map<String, TransferKind> kinds;
    private final Map<String, TransferOutcome> outcomes;
    private final boolean daily;

    StatementFormat(String provider, List<String> columns, Map<String, TransferKind> kinds,
                    Map<String, TransferOutcome> outcomes, boolean daily) {
        this.provider = provider;
        this.columns = columns;
        this.kinds = kinds;
        this.outcomes = outcomes;
        this.daily = daily;
    }

    /** Whether the daily run looks for this provider's statement (a real provider moves money every day). */
    public boolean daily() {
        return daily;
    }

    /** The name payments, refunds and payouts carry for this provider. */
    public String provider() {
        return provider;
    }

    public List<String> columns() {
        return columns;
    }

    public static Optional<StatementFormat> of(String name) {
        for (StatementFormat format : values()) {
            if (format.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Where each of our columns sits in this header, or why the header will not do. */
    int[] positions(List<String> header) {
        List<String> found = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int[] positions = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            positions[i] = found.indexOf(columns.get(i));
            if (positions[i] < 0 || found.lastIndexOf(columns.get(i)) != positions[i]) {
                throw StatementRejected.at(1, "this is not a " + provider + " statement: its header must name each of "
                        + columns + " once; it has " + header);
            }
        }
        return positions;
    }

    StatementRow row(long line, List<String> fields, int[] at) {
        String id = required(line, fields.get(at[0]), "transaction id");
        int next = 1;
        Optional<String> reference = Optional.of(id);
        if (this == FLUTTERWAVE) {
            reference = Optional.of(fields.get(at[next++])).filter(r -> !r.isBlank());
        }
        TransferKind kind = lookup(line, kinds, fields.get(at[next++]), "type");
        String status = fields.get(at[next++]).toUpperCase(Locale.ROOT);
        TransferOutcome outcome = outcomes.getOrDefault(status, TransferOutcome.PENDING);
        long amount = Amounts.minorUnits(line, fields.get(at[next++]));
        String currency = required(line, fields.get(at[next++]), "currency").toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw StatementRejected.at(line, "currency '" + currency + "' is not a 3-letter code");
        }
        Instant when = time(line, fields.get(at[next]));
        return new StatementRow(line, id, reference, kind, amount, currency, outcome, when);
    }

    private static String required(long line, String value, String column) {
        if (value.isBlank()) {
            throw StatementRejected.at(line, column + " is empty");
        }
        return value;
    }

    private <T> T lookup(long line, Map<String, T> values, String value, String column) {
        T found = values.get(value.strip().toUpperCase(Locale.ROOT));
        if (found == null) {
            throw StatementRejected.at(line, column + " '" + value + "' is not one of " + values.keySet());
        }
        return found;
    }

    /** An ISO-8601 instant (2026-11-24T10:15:00Z, or with an offset), or a Lusaka local time (2026-11-24 12:15:00). */
    private static Instant time(long line, String value) {
        try {
            if (value.length() == 19 && value.charAt(10) == ' ') {
                return LocalDateTime.parse(value, LOCAL).atZone(LUSAKA).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw StatementRejected.at(line, "date '" + value + "' is neither 2026-11-24T10:15:00Z nor 2026-11-24 12:15:00");
        }
    }
}
