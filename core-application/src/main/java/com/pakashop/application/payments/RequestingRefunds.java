package com.pakashop.application.payments;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.ordering.Orders;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.SettlementStatus;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a buyer's money back for one order of a captured payment: asked by finance or staff, or
 * started for a paid order that was cancelled. Like a collection, in three steps with the
 * provider called between transactions: the refund is written REQUESTED (the payment marked
 * REFUND_PENDING, so no second refund can start beside it), the provider is called with our
 * refund id, and its answer is applied. Only what is still held for the order can be refunded;
 * money already released to the vendor is finance's to recover by hand.
 */
public final class RequestingRefunds {
    private static final Logger log = LoggerFactory.getLogger(RequestingRefunds.class);

    private final Payments payments;
    private final Refunds refunds;
    private final Orders orders;
    private final Ledger ledger;
    private final PaymentRouting routing;
    private final SettlingRefunds settling;
    private final Auditing audit;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public RequestingRefunds(Payments payments, Refunds refunds, Orders orders, Ledger ledger, PaymentRouting routing,
                             SettlingRefunds settling, Auditing audit, Transactions tx, Ids ids, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.orders = orders;
        this.ledger = ledger;
        this.routing = routing;
        this.settling = settling;
        this.audit = audit;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** Staff ask; the same Idempotency-Key returns the same refund and never pays twice. */
    public Refund request(Principal caller, RefundCommand command, RequestContext context) {
        caller.require(Permission.PAYMENTS_REFUND);
        Opened opened = tx.inTransaction(() -> {
            Opened open = open(command.paymentId(), command.orderId(), command.amount(), Refund.Cause.STAFF_REQUEST,
                    command.reason(), caller.describe(), "staff:" + command.idempotencyKey());
            if (open.fresh()) {
                audit.record("PAYMENT_REFUND_REQUESTED", caller.describe(), "payment:" + command.paymentId(), context,
                        Map.of("refundId", open.refund().id().toString(), "orderId", open.refund().orderId().toString(),
                                "amount", open.refund().amount().toDecimalString(), "reason", command.reason()));
            }
            return open;
        });
        return opened.fresh() ? send(opened.refund()) : opened.refund();
    }

    /**
     * Everything still held for a cancelled paid order goes back. {@code attempt} keys the
     * request, so a redelivered event finds the refund it already started.
     */
    public Refund forCancelledOrder(UUID paymentId, UUID orderId, int attempt) {
        Opened opened = tx.inTransaction(() -> open(paymentId, Optional.of(orderId), Optional.empty(),
                Refund.Cause.ORDER_CANCELLED, "the paid order was cancelled", Principal.SYSTEM.describe(),
                "order-cancelled:" + orderId + ":" + attempt));
        return opened.fresh() ? send(opened.refund()) : opened.refund();
    }

    /** Sends a refund that is REQUESTED again: a provider that takes our id as its key ignores a repeat. */
    Refund send(Refund refund) {
        PaymentProvider provider = routing.named(refund.provider()).orElse(null);
        if (provider == null) {
            return settling.apply(refund.id(), new RefundOutcome.Failed(refund.provider() + " is not configured"))
                    .orElseThrow();
        }
        Payment payment = payments.byId(refund.paymentId()).orElseThrow();
        TransferStart answer;
        try {
            answer = provider.startRefund(new RefundRequest(refund.id(), payment.id(), payment.providerReference(),
                    refund.amount(), refund.reason()));
        } catch (DependencyUnavailable e) {
            settling.apply(refund.id(), new RefundOutcome.Failed("PROVIDER_UNAVAILABLE: " + e.getMessage()));
            throw e;
        }
        Optional<RefundOutcome> outcome = RefundOutcome.of(answer);
        if (outcome.isEmpty()) {
            log.warn("Refund {}: {} may or may not have taken it ({}); the refund check will ask", refund.id(),
                    refund.provider(), ((TransferStart.Uncertain) answer).message());
            return refund;
        }
        return settling.apply(refund.id(), outcome.get()).orElseThrow();
    }

    private Opened open(UUID paymentId, Optional<UUID> orderId, Optional<Money> amount, Refund.Cause cause,
                        String reason, String requestedBy, String requestKey) {
        Payment payment = payments.byIdForUpdate(paymentId).orElseThrow(() -> new NotFound("No payment " + paymentId));
        Optional<Refund> existing = refunds.byRequestKey(paymentId, requestKey);
        if (existing.isPresent()) {
            Refund before = existing.get();
            boolean same = orderId.map(before.orderId()::equals).orElse(true)
                    && amount.map(before.amount()::equals).orElse(true) && before.reason().equals(reason);
            if (!same) {
                throw new ValidationFailed(List.of(new FieldError("Idempotency-Key",
                        "was used for a different refund of this payment", "IDEMPOTENCY_KEY_REUSED")));
            }
            return new Opened(before, false);
        }
        UUID order = orderId.orElseGet(() -> onlyOrderOf(payment));
        if (payment.orders().stream().noneMatch(share -> share.orderId().equals(order))) {
            throw ValidationFailed.of("orderId", "payment " + paymentId + " does not pay order " + order);
        }
        requireRefundable(payment);
        Order paidOrder = orders.byId(order).orElseThrow();
        if (paidOrder.settlement() != SettlementStatus.HELD) {
            throw new Conflict("Order " + paidOrder.number() + " has no money held to refund: its money is "
                    + paidOrder.settlement());
        }
        Money held = ledger.balance(Account.of(AccountKind.FUNDS_HELD, order));
        Money refund = amount.orElse(held);
        if (refund.isNegative() || refund.isZero()) {
            throw ValidationFailed.of("amount", "must be more than 0.00");
        }
        if (refund.compareTo(held) > 0) {
            throw new Conflict("Order " + paidOrder.number() + " holds " + held.toDecimalString() + " ZMW; "
                    + refund.toDecimalString() + " cannot be refunded");
        }
        if (refund.equals(held) && paidOrder.status() == OrderStatus.OUT_FOR_DELIVERY) {
            throw new Conflict("Order " + paidOrder.number() + " is out for delivery: refund part of it now, or all of it"
                    + " once it is back or cancelled");
        }
        Instant now = clock.instant();
        Refund opened = Refund.request(ids.next(), payment, order, refund, cause, reason, requestedBy, now);
        refunds.add(opened, requestKey);
        payments.update(payment, payment.refundStarted(now));
        return new Opened(opened, true);
    }

    private static UUID onlyOrderOf(Payment payment) {
        if (payment.orders().size() != 1) {
            throw ValidationFailed.of("orderId", "payment " + payment.id() + " pays " + payment.orders().size()
                    + " orders; say which one to refund");
        }
        return payment.orders().get(0).orderId();
    }

    private static void requireRefundable(Payment payment) {
        if (payment.status() == PaymentStatus.REFUND_PENDING) {
            throw new Conflict("A refund of payment " + payment.id() + " is already on its way; wait for it to end");
        }
        if (payment.status() != PaymentStatus.CAPTURED && payment.status() != PaymentStatus.PARTIALLY_REFUNDED) {
            throw new Conflict("Payment " + payment.id() + " is " + payment.status()
                    + "; only captured payments can be refunded");
        }
    }

    private record Opened(Refund refund, boolean fresh) {
    }

    /** Staff's request: the order may be left out when the payment pays one; no amount means all that is held. */
    public record RefundCommand(UUID paymentId, Optional<UUID> orderId, Optional<Money> amount, String reason,
                                String idempotencyKey) {
        public RefundCommand {
            if (reason == null || reason.isBlank()) {
                throw ValidationFailed.of("reason", "say why the money goes back (the buyer and finance will read it)");
            }
            reason = reason.strip();
            if (reason.length() > 500) {
                throw ValidationFailed.of("reason", "at most 500 characters");
            }
            if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
                throw ValidationFailed.of("Idempotency-Key", "send a header of 1 to 100 characters, new for each refund");
            }
        }
    }
}
