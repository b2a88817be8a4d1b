package com.pakashop.domain.settlement;

import com.pakashop.domain.shared.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a batch pays: the waiting items grouped by payee. A payee owed less than the minimum is
 * carried to the next batch with its items, so small sums are not eaten by transfer fees.
 */
public record SettlementPlan(List<Share> payouts, List<Share> carried) {
    public SettlementPlan {
        payouts = List.copyOf(payouts);
        carried = List.copyOf(carried);
    }

    public static SettlementPlan of(List<SettlementItem> pool, Money minimum) {
        Map<Payee, List<SettlementItem>> byPayee = new LinkedHashMap<>();
        pool.stream().sorted(Comparator.comparing((SettlementItem i) -> i.payee().kind()).thenComparing(i -> i.payee().id())
                .thenComparing(SettlementItem::id)).forEach(item ->
                byPayee.computeIfAbsent(item.payee(), p -> new ArrayList<>()).add(item));
        List<Share> payouts = new ArrayList<>();
        List<Share> carried = new ArrayList<>();
        byPayee.forEach((payee, items) -> {
            Share share = new Share(payee, items.stream().map(SettlementItem::amount).reduce(Money.zmw(0), Money::plus),
                    items);
            (share.amount().compareTo(minimum) >= 0 ? payouts : carried).add(share);
        });
        return new SettlementPlan(payouts, carried);
    }

    public Money total() {
        return payouts.stream().map(Share::amount).reduce(Money.zmw(0), Money::plus);
    }

    /** One payee's items and their sum. */
    public record Share(Payee payee, Money amount, List<SettlementItem> items) {
        public Share {
            items = List.copyOf(items);
        }
    }
}
