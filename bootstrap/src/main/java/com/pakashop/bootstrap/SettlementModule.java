package com.pakashop.bootstrap;

import com.pakashop.adapter.persistence.JdbiSettlements;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.payments.PaymentRouting;
import com.pakashop.application.settlement.FollowingReportedPayouts;
import com.pakashop.application.settlement.PayingOut;
import com.pakashop.application.settlement.PlanningSettlements;
import com.pakashop.application.settlement.RunningSettlements;
import com.pakashop.application.settlement.SettlementPolicy;
import com.pakashop.application.settlement.ViewingSettlements;
import com.pakashop.application.shared.Pause;
import com.pakashop.bootstrap.config.BackOfficeSettings;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;

/** Settlement: planning batches, paying them out through the payout provider, and following the payouts. */
public final class SettlementModule {

    private final PlanningSettlements planning;
    private final PayingOut payingOut;
    private final RunningSettlements running;
    private final ViewingSettlements viewing;
    private final FollowingReportedPayouts following;

    SettlementModule(BackOfficeSettings settings, JdbiTransactions tx, PaymentRouting routing, Ledger ledger,
                     Auditing auditing, Ids ids, Clock clock) {
        JdbiSettlements store = new JdbiSettlements(tx);
        SettlementPolicy policy = new SettlementPolicy(settings.settlementCutoff(),
                Money.zmw(settings.settlementMinimumNgwee()), settings.agentDeliveryShareBps());
        this.planning = new PlanningSettlements(store, store, store, store, ledger, routing.forPayouts(), policy, auditing, tx, ids, clock);
        this.payingOut = new PayingOut(store, store, store, routing, ledger, auditing, tx, ids, clock);
        this.running = new RunningSettlements(planning, payingOut, store, policy, tx, clock, Pause.realTime());
        this.viewing = new ViewingSettlements(store, store, tx);
        this.following = new FollowingReportedPayouts(payingOut);
    }

    public PlanningSettlements planning() {
        return planning;
    }

    public PayingOut payingOut() {
        return payingOut;
    }

    public RunningSettlements running() {
        return running;
    }

    public ViewingSettlements viewing() {
        return viewing;
    }

    EventHandler followingReportedPayouts() {
        return following;
    }
}
