package com.pakashop.application.loyalty;

import com.pakashop.application.shared.Transactions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lapses points past their date, oldest lots first; run by the worker, safe on several at once. */
public final class ExpiringPoints {
    private static final Logger log = LoggerFactory.getLogger(ExpiringPoints.class);
    private static final int BATCH = 500;

    private final LoyaltyLedger ledger;
    private final Transactions tx;
    private final Clock clock;

    public ExpiringPoints(LoyaltyLedger ledger, Transactions tx, Clock clock) {
        this.ledger = ledger;
        this.tx = tx;
        this.clock = clock;
    }

    public int expireDue() {
        int expired = tx.inTransaction(() -> ledger.expireDue(clock.instant(), BATCH));
        if (expired > 0) {
            log.info("Expired {} lot(s) of loyalty points", expired);
        }
        return expired;
    }
}
