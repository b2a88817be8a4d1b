package com.pakashop.domain.ledger;

import com.pakashop.domain.ordering.PriceBreakdown;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The entries the marketplace books. A capture holds each order's share; a release (on delivery)
 * pays the held money out to the vendor, the platform and delivery per the order's breakdown,
 * the platform adding what it funds; a refund or payout takes money back out through a provider,
 * never more than is held or owed.
 */
public final class Bookings {
    private Bookings() {
    }

    public static JournalEntry capture(UUID entryId, Instant at, UUID paymentId, String provider,
                                       List<OrderShare> shares) {
        List<Posting> postings = new ArrayList<>();
        Money total = shares.stream().map(OrderShare::amount).reduce(Money.zmw(0), Money::plus);
        postings.add(Posting.debit(Account.of(AccountKind.PROVIDER_CLEARING, provider), total));
        for (OrderShare share : shares) {
            postings.add(Posting.credit(Account.of(AccountKind.FUNDS_HELD, share.orderId()), share.amount()));
        }
        return new JournalEntry(entryId, at, "CAPTURE", "payment:" + paymentId, postings);
    }

    /**
     * Money that came in but cannot be applied to its orders (wrong amount, orders no longer
     * payable) waits in suspense until finance resolves it.
     */
    public static JournalEntry suspense(UUID entryId, Instant at, UUID paymentId, String provider, Money amount) {
        return new JournalEntry(entryId, at, "SUSPENSE", "payment:" + paymentId, List.of(
                Posting.debit(Account.of(AccountKind.PROVIDER_CLEARING, provider), amount),
                Posting.credit(Account.of(AccountKind.SUSPENSE), amount)));
    }

    /**
     * What was partly refunded before delivery (a missing item, a damaged good) comes off the
     * vendor's share: the platform's commission and fees were earned on the sale as made.
     */
    public static JournalEntry release(UUID entryId, Instant at, UUID orderId, UUID shopId, PriceBreakdown b,
                                       Money held) {
        if (held.compareTo(b.total()) > 0 || held.isNegative() || held.isZero()) {
            throw new Conflict("Order " + orderId + " holds " + held + "; only up to its total " + b.total()
                    + " can be released");
        }
        Money refundedBefore = b.total().minus(held);
        if (refundedBefore.compareTo(b.vendorNet()) > 0) {
            throw new Conflict("Order " + orderId + " was refunded " + refundedBefore
                    + ", more than the vendor's share " + b.vendorNet() + ": finance must settle it by hand");
        }
        List<Posting> postings = new ArrayList<>();
        postings.add(Posting.debit(Account.of(AccountKind.FUNDS_HELD, orderId), held));
        addDebit(postings, Account.of(AccountKind.PROMOTIONS_EXPENSE), b.platformFunded());
        addCredit(postings, Account.of(AccountKind.VENDOR_PAYABLE, shopId), b.vendorNet().minus(refundedBefore));
        addCredit(postings, Account.of(AccountKind.COMMISSION_REVENUE), b.commission());
        addCredit(postings, Account.of(AccountKind.MARKUP_REVENUE), b.markup());
        addCredit(postings, Account.of(AccountKind.DELIVERY_FEE_REVENUE), b.deliveryFee());
        return new JournalEntry(entryId, at, "RELEASE", "order:" + orderId, postings);
    }

    public static JournalEntry refund(UUID entryId, Instant at, UUID refundId, String provider, UUID orderId,
                                      Money amount, Money held) {
        requireWithin(amount, held, "refund", "held for order " + orderId);
        return new JournalEntry(entryId, at, "REFUND", "refund:" + refundId, List.of(
                Posting.debit(Account.of(AccountKind.FUNDS_HELD, orderId), amount),
                Posting.credit(Account.of(AccountKind.PROVIDER_CLEARING, provider), amount)));
    }

    /**
     * An agent's share of the delivery fees of orders it delivered, moved out of the platform's
     * delivery revenue into what the platform owes that agent.
     */
    public static JournalEntry agentShare(UUID entryId, Instant at, UUID batchId, UUID agentId, Money amount) {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("an agent's share is positive");
        }
        return new JournalEntry(entryId, at, "AGENT_SHARE", "settlement:" + batchId, List.of(
                Posting.debit(Account.of(AccountKind.DELIVERY_FEE_REVENUE), amount),
                Posting.credit(Account.of(AccountKind.AGENT_PAYABLE, agentId), amount)));
    }

    /** {@code payable} is a VENDOR_PAYABLE or AGENT_PAYABLE account. */
    public static JournalEntry payout(UUID entryId, Instant at, UUID payoutId, String provider, Account payable,
                                      Money amount, Money owed) {
        if (payable.kind() != AccountKind.VENDOR_PAYABLE && payable.kind() != AccountKind.AGENT_PAYABLE) {
            throw new IllegalArgumentException("payouts settle payables, not " + payable.kind());
        }
        requireWithin(amount, owed, "payout", "owed to " + payable.code());
        return new JournalEntry(entryId, at, "PAYOUT", "payout:" + payoutId, List.of(
                Posting.debit(payable, amount),
                Posting.credit(Account.of(AccountKind.PROVIDER_CLEARING, provider), amount)));
    }

    private static void requireWithin(Money amount, Money available, String what, String where) {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("a " + what + " moves a positive amount");
        }
        if (amount.compareTo(available) > 0) {
            throw new Conflict("A " + what + " of " + amount.toDecimalString() + " is more than the "
                    + available.toDecimalString() + " " + where);
        }
    }

    private static void addDebit(List<Posting> postings, Account account, Money amount) {
        if (!amount.isZero()) {
            postings.add(Posting.debit(account, amount));
        }
    }

    private static void addCredit(List<Posting> postings, Account account, Money amount) {
        if (!amount.isZero()) {
            postings.add(Posting.credit(account, amount));
        }
    }

    /** One order's part of a captured payment. */
    public record OrderShare(UUID orderId, Money amount) {
        public OrderShare {
            if (amount.isNegative() || amount.isZero()) {
                throw new IllegalArgumentException("an order's share of a capture is positive");
            }
        }
    }
}
