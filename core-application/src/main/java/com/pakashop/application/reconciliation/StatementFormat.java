package com.pakashop.application.reconciliation;

import com.pakashop.domain.reconciliation.StatementRow;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * One provider's statement export, read into rows the matching understands. Implementations know
 * the provider's columns, names and date formats; a statement that does not read is refused with
 * {@link StatementRejected}, naming the line, before anything is stored.
 */
public interface StatementFormat {

    /** The name payments, refunds and payouts carry for this provider, and the one finance types. */
    String provider();

    /** Whether the daily run looks for this provider's statement (a real provider moves money every day). */
    boolean daily();

    /** Hands each row to {@code rows} as it is read; returns how many rows were read after the header. */
    long read(InputStream statement, Consumer<StatementRow> rows);
}
