package com.pakashop.application.settlement;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.payments.PaymentProvider;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ledger.Bookings;
import com.pakashop.domain.settlement.BatchStatus;
import com.pakashop.domain.settlement.Payee;
import com.pakashop.domain.settlement.PayeeKind;
import com.pakashop.domain.settlement.Payout;
import com.pakashop.domain.settlement.SettlementBatch;
import com.pakashop.domain.settlement.SettlementItem;
import com.pakashop.domain.settlement.SettlementPlan;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans a batch in one transaction: newly delivered orders join the pool (the vendor's item is
 * what the release credited it; the agent's, its share of the delivery fee, booked out of delivery
 * revenue), then the pool is grouped by payee into payouts, the small sums carried. Nothing is
 * sent here; a preview runs the same planning and writes nothing.
 */
public final class PlanningSettlements {
    private static final Logger log = LoggerFactory.getLogger(PlanningSettlements.class);
    private static final long ALL = 10_000;

    private final SettlementPool settlementPool;
    private final SettlementBatches settlementBatches;
    private final Payouts payoutRecords;
    private final PayoutAccounts payoutAccounts;
    private final Ledger ledger;
    private final PaymentProvider provider;
    private final SettlementPolicy policy;
    private final Auditing audit;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public PlanningSettlements(SettlementPool settlementPool, SettlementBatches settlementBatches,
                               Payouts payoutRecords, PayoutAccounts payoutAccounts, Ledger ledger,
                               PaymentProvider provider, SettlementPolicy policy, Auditing audit, Transactions tx,
                               Ids ids, Clock clock) {
        this.settlementPool = settlementPool;
        this.settlementBatches = settlementBatches;
        this.payoutRecords = payoutRecords;
        this.payoutAccounts = payoutAccounts;
        this.ledger = ledger;
        this.provider = provider;
        this.policy = policy;
        this.audit = audit;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** What a batch closing at {@code cutoff} would pay and carry, computed without writing anything. */
    public Preview preview(Principal caller, Instant cutoff) {
        caller.require(Permission.SETTLEMENT_MANAGE);
        return tx.inTransaction(() -> {
            List<SettlementItem> pool = new ArrayList<>(settlementPool.pool());
            pool.addAll(newItems(settlementPool.unpooledReleasable(cutoff)));
            return preview(SettlementPlan.of(pool, policy.minimum()), cutoff);
        });
    }

    /** The batch for {@code cutoff}: the one already planned, or a new one. */
    public SettlementBatch plan(Instant cutoff, String trigger, String actor, RequestContext context) {
        return tx.inTransaction(() -> {
            settlementPool.lockPlanning();
            Optional<SettlementBatch> existing = settlementBatches.batchByCutoff(cutoff);
            if (existing.isPresent()) {
                return existing.get();
            }
            UUID batchId = ids.next();
            Instant now = clock.instant();
            List<SettlementItem> joining = newItems(settlementPool.unpooledReleasable(cutoff));
            settlementPool.addItems(joining);
            bookAgentShares(batchId, joining, now);
            SettlementPlan plan = SettlementPlan.of(settlementPool.pool(), policy.minimum());
            Map<Payee, PayoutAccount> accounts = payoutAccounts.accountsOf(plan.payouts().stream()
                    .map(SettlementPlan.Share::payee).toList());
            int payouts = 0;
            Money total = Money.zmw(0);
            List<SettlementPlan.Share> unpayable = new ArrayList<>(plan.carried());
            for (SettlementPlan.Share share : plan.payouts()) {
                PayoutAccount account = accounts.get(share.payee());
                if (account == null) {
                    log.warn("{} {} is owed {} but has no payout number; carried", share.payee().kind(),
                            share.payee().id(), share.amount());
                    unpayable.add(share);
                    continue;
                }
                payoutRecords.addPayout(Payout.create(ids.next(), batchId, share.payee(), account.name(), account.number(),
                        account.network(), share.amount(), provider.name(), now),
                        share.items().stream().map(SettlementItem::id).toList());
                payouts++;
                total = total.plus(share.amount());
            }
            Money carried = unpayable.stream().map(SettlementPlan.Share::amount).reduce(Money.zmw(0), Money::plus);
            SettlementBatch batch = new SettlementBatch(batchId, cutoff, trigger, actor, payouts, total,
                    unpayable.size(), carried, payouts == 0 ? BatchStatus.CLOSED : BatchStatus.OPEN, now,
                    payouts == 0 ? Optional.of(now) : Optional.empty());
            settlementBatches.addBatch(batch);
            audit.record("SETTLEMENT_BATCH_PLANNED", actor, "settlement:" + batchId, context, Map.of(
                    "cutoff", cutoff.toString(), "trigger", trigger, "payouts", Integer.toString(payouts),
                    "total", total.toDecimalString(), "carried", carried.toDecimalString(),
                    "joinedPool", Integer.toString(joining.size())));
            log.info("Settlement batch {} (cut-off {}): {} payouts, {} in all; {} payees carried ({})", batchId, cutoff,
                    payouts, total, unpayable.size(), carried);
            return batch;
        });
    }

    private List<SettlementItem> newItems(List<ReleasedOrder> orders) {
        List<SettlementItem> items = new ArrayList<>();
        for (ReleasedOrder order : orders) {
            if (!order.vendorCredit().isZero()) {
                items.add(new SettlementItem(ids.next(), order.orderId(), new Payee(PayeeKind.VENDOR, order.shopId()),
                        order.vendorCredit()));
            }
            Money agentShare = order.deliveryFee().allocate(List.of(policy.agentShareBasisPoints(),
                    ALL - policy.agentShareBasisPoints())).get(0);
            if (order.agentId().isPresent() && !agentShare.isZero()) {
                items.add(new SettlementItem(ids.next(), order.orderId(), new Payee(PayeeKind.AGENT,
                        order.agentId().get()), agentShare));
            }
        }
        return items;
    }

    private void bookAgentShares(UUID batchId, List<SettlementItem> joining, Instant now) {
        Map<UUID, Money> perAgent = new LinkedHashMap<>();
        for (SettlementItem item : joining) {
            if (item.payee().kind() == PayeeKind.AGENT) {
                perAgent.merge(item.payee().id(), item.amount(), Money::plus);
            }
        }
        perAgent.forEach((agent, amount) -> ledger.post(Bookings.agentShare(ids.next(), now, batchId, agent, amount)));
    }

    private static Preview preview(SettlementPlan plan, Instant cutoff) {
        return new Preview(cutoff, plan.payouts().stream().map(Preview.Line::of).toList(),
                plan.carried().stream().map(Preview.Line::of).toList(), plan.total());
    }

    /** What would be paid to whom, and what would wait. */
    public record Preview(Instant cutoff, List<Line> payouts, List<Line> carried, Money total) {
        public record Line(Payee payee, Money amount, int orders) {
            static Line of(SettlementPlan.Share share) {
                return new Line(share.payee(), share.amount(),
                        (int) share.items().stream().map(SettlementItem::orderId).distinct().count());
            }
        }
    }
}
