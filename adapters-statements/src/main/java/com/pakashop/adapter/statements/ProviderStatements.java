package com.pakashop.adapter.statements;

import com.pakashop.application.reconciliation.StatementFormat;
import com.pakashop.domain.reconciliation.TransferKind;
import com.pakashop.domain.reconciliation.TransferOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statement exports we read, with the columns documented in README ("Finance staff"). The
 * names are the ones payments, refunds and payouts carry for each provider.
 */
public final class ProviderStatements {
    private static final Columns PAWAPAY_COLUMNS = new Columns("transaction id", Optional.empty(), "type", "status",
            "amount", "currency", "created at");
    private static final Map<String, TransferKind> PAWAPAY_KINDS = Map.of("DEPOSIT", TransferKind.COLLECTION,
            "PAYOUT", TransferKind.PAYOUT, "REFUND", TransferKind.REFUND);
    private static final Map<String, TransferOutcome> PAWAPAY_OUTCOMES = Map.of("COMPLETED", TransferOutcome.COMPLETED,
            "FAILED", TransferOutcome.FAILED, "REJECTED", TransferOutcome.FAILED);

    private ProviderStatements() {
    }

    /** pawaPay's transaction id is the id we gave it, so it is also our reference. */
    public static StatementFormat pawaPay() {
        return new CsvStatementFormat("PAWAPAY", true, PAWAPAY_COLUMNS, PAWAPAY_KINDS, PAWAPAY_OUTCOMES);
    }

    public static StatementFormat flutterwave() {
        return new CsvStatementFormat("FLUTTERWAVE", true, new Columns("transaction id", Optional.of("reference"),
                "type", "status", "amount", "currency", "date"),
                Map.of("CHARGE", TransferKind.COLLECTION, "TRANSFER", TransferKind.PAYOUT, "REFUND", TransferKind.REFUND),
                Map.of("SUCCESSFUL", TransferOutcome.COMPLETED, "SUCCESS", TransferOutcome.COMPLETED, "COMPLETED",
                        TransferOutcome.COMPLETED, "FAILED", TransferOutcome.FAILED, "CANCELLED", TransferOutcome.FAILED));
    }

    /**
     * The development provider: pawaPay's columns, with our payment, refund or payout id as the
     * transaction id, so a newcomer can reconcile what the mock took. No daily run: it moves no money.
     */
    public static StatementFormat mock() {
        return new CsvStatementFormat("MOCK", false, PAWAPAY_COLUMNS, PAWAPAY_KINDS, PAWAPAY_OUTCOMES);
    }

    public static List<StatementFormat> all() {
        return List.of(pawaPay(), flutterwave(), mock());
    }
}
