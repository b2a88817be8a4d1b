package com.pakashop.application.payments;

import com.pakashop.application.ordering.Orders;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.UnderReview;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A buyer starts paying an order, or a whole checkout in one prompt. Three steps, and the provider
 * is called between two transactions, never inside one: the payment is written INITIATED first
 * (so a crash after the call leaves something for the reconciler to ask about), the provider is
 * called with our payment id as its idempotency key, then the answer is recorded.
 */
public final class InitiatingPayments {
    private static final Logger log = LoggerFactory.getLogger(InitiatingPayments.class);

    private final Orders orders;
    private final Payments payments;
    private final PaymentRouting routing;
    private final PaymentScreening screening;
    private final Transactions tx;
    private final String frontendUrl;
    private final Ids ids;
    private final Clock clock;

    public InitiatingPayments(Orders orders, Payments payments, PaymentRouting routing, PaymentScreening screening,
                              Transactions tx, String frontendUrl, Ids ids, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.routing = routing;
        this.screening = screening;
        this.tx = tx;
        this.frontendUrl = frontendUrl;
        this.ids = ids;
        this.clock = clock;
    }

    public Payment initiate(Principal caller, PayRequest request, RequestContext context) {
        caller.require(Permission.CART_USE);
        Optional<PhoneNumber> payer = payerOf(request);
        Started started = tx.inTransaction(() -> start(caller, request, payer, context));
        if (started.held()) {
            throw new UnderReview("This payment is being reviewed before it can go ahead; your order is kept for you "
                    + "and we will be in touch soon");
        }
        if (!started.fresh()) {
            return started.payment();
        }
        Payment payment = started.payment();
        CollectionRequest collection = new CollectionRequest(payment.id(), payment.amount(), payment.method(),
                payment.payer(), started.reference(), Optional.of(frontendUrl + "/payment/callback?"
                + request.checkoutId().map(id -> "checkoutId=" + id).orElseGet(() -> "orderId=" + request.orderId().get())));
        CollectionStart answer = startWithFailOver(payment, collection);
        Payment recorded = record(payment.id(), answer);
        if (answer instanceof CollectionStart.Refused refused) {
            throw new ValidationFailed(List.of(new FieldError("payment", refused.message(), refused.code())));
        }
        return recorded;
    }

    /**
     * Tries the method's providers in turn. Only a provider that certainly did not take the
     * payment (DependencyUnavailable) hands it on; the same payment id goes to the next, so a
     * provider that did take it after all cannot be asked twice under different ids.
     */
    private CollectionStart startWithFailOver(Payment payment, CollectionRequest collection) {
        List<PaymentProvider> chain = routing.forMethod(payment.method());
        for (int i = 0; ; i++) {
            PaymentProvider provider = chain.get(i);
            if (i > 0 && !handOver(payment.id(), provider.name())) {
                return new CollectionStart.Uncertain("the payment moved on while it was being handed over");
            }
            try {
                return provider.startCollection(collection);
            } catch (DependencyUnavailable e) {
                if (i == chain.size() - 1) {
                    record(payment.id(), new CollectionStart.Refused("PROVIDER_UNAVAILABLE",
                            provider.name() + " is unavailable"));
                    throw e;
                }
                log.warn("Payment {}: {} cannot take it ({}); failing over to {}", payment.id(), provider.name(),
                        e.getMessage(), chain.get(i + 1).name());
            }
        }
    }

    private boolean handOver(UUID paymentId, String provider) {
        return tx.inTransaction(() -> {
            Payment payment = payments.byIdForUpdate(paymentId).orElseThrow();
            if (payment.status() != PaymentStatus.INITIATED) {
                return false;
            }
            payments.update(payment, payment.through(provider, clock.instant()));
            return true;
        });
    }

    private Started start(Principal caller, PayRequest request, Optional<PhoneNumber> payer, RequestContext context) {
        UUID buyer = caller.self();
        payments.lockBuyer(buyer);
        List<Order> covered = request.checkoutId().map(orders::byCheckout)
                .orElseGet(() -> request.orderId().flatMap(orders::byId).map(List::of).orElse(List.of()));
        String what = request.checkoutId().map(id -> "checkout " + id).orElseGet(() -> "order " + request.orderId().get());
        if (covered.isEmpty() || covered.stream().anyMatch(order -> !caller.is(order.buyerId()))) {
            throw new NotFound("No " + what);
        }
        List<Order> payable = covered.stream().filter(order -> order.status() == OrderStatus.PENDING).toList();
        if (payable.isEmpty()) {
            throw new Conflict("Nothing to pay in " + what + ": its orders are " + covered.stream()
                    .map(o -> o.number() + " " + o.status()).toList());
        }
        List<UUID> orderIds = payable.stream().map(Order::id).toList();
        Optional<Payment> waiting = payments.awaitingProviderFor(orderIds);
        if (waiting.isPresent()) {
            return new Started(waiting.get(), false, false, "");
        }
        List<Payment.OrderAmount> amounts = payable.stream()
                .map(o -> new Payment.OrderAmount(o.id(), o.breakdown().total())).toList();
        if (amounts.stream().anyMatch(a -> a.amount().isZero())) {
            throw new Conflict("An order of " + what + " costs nothing; there is nothing to collect");
        }
        Money total = amounts.stream().map(Payment.OrderAmount::amount).reduce(Money.zmw(0), Money::plus);
        if (!screening.clears(new PaymentScreening.PaymentAttempt(buyer, orderIds,
                payable.stream().map(Order::shopId).distinct().toList(), total, payer, context.ip()))) {
            return new Started(null, false, true, "");
        }
        Payment payment = Payment.initiate(ids.next(), buyer, amounts, request.method(), payer,
                routing.forMethod(request.method()).get(0).name(), clock.instant());
        payments.add(payment);
        String reference = payable.get(0).number() + (payable.size() == 1 ? "" : "+" + (payable.size() - 1));
        return new Started(payment, true, false, reference);
    }

    private Payment record(UUID paymentId, CollectionStart answer) {
        return tx.inTransaction(() -> {
            Payment payment = payments.byIdForUpdate(paymentId).orElseThrow();
            if (payment.status() != PaymentStatus.INITIATED) {
                return payment;
            }
            Payment next;
            if (answer instanceof CollectionStart.Prompted prompted) {
                next = payment.accepted(prompted.providerReference(), Optional.empty(), clock.instant());
            } else if (answer instanceof CollectionStart.Redirect redirect) {
                next = payment.accepted(redirect.providerReference(), Optional.of(redirect.url()), clock.instant());
            } else if (answer instanceof CollectionStart.Uncertain uncertain) {
                log.warn("Payment {}: {} may or may not have taken it ({}); the reconciler will ask", paymentId,
                        payment.provider(), uncertain.message());
                return payment;
            } else {
                CollectionStart.Refused refused = (CollectionStart.Refused) answer;
                log.info("Payment {} refused by {}: {}", paymentId, payment.provider(), refused.code());
                next = payment.moveTo(PaymentStatus.FAILED, Optional.of(refused.code() + ": " + refused.message()),
                        clock.instant());
            }
            return payments.update(payment, next);
        });
    }

    private static Optional<PhoneNumber> payerOf(PayRequest request) {
        if (request.method() == PaymentMethod.CARD) {
            return Optional.empty();
        }
        PhoneNumber phone = request.phone().flatMap(PhoneNumber::parse).orElseThrow(() -> ValidationFailed.of("phone",
                "a Zambian mobile number (097..., 260..., +260...) is required for mobile money"));
        MobileNetwork network = MobileNetwork.of(phone).orElseThrow(() -> ValidationFailed.of("phone",
                phone.masked() + " is on no mobile-money network we know"));
        if (!request.method().network().map(network::equals).orElse(false)) {
            throw new ValidationFailed(List.of(new FieldError("phone", phone.masked() + " is an " + network
                    + " number; choose " + network + " or use a " + request.method().network().orElseThrow()
                    + " number", "NETWORK_MISMATCH")));
        }
        return Optional.of(phone);
    }

    /** The payment started or found waiting; {@code held} when screening kept it for review (no payment). */
    private record Started(Payment payment, boolean fresh, boolean held, String reference) {
    }

    /** Exactly one of {@code orderId} and {@code checkoutId}; a phone for mobile money. */
    public record PayRequest(Optional<UUID> orderId, Optional<UUID> checkoutId, PaymentMethod method,
                             Optional<String> phone) {
        public PayRequest {
            if (orderId.isPresent() == checkoutId.isPresent()) {
                throw ValidationFailed.of("orderId", "give either orderId or checkoutId");
            }
            if (method == null) {
                throw ValidationFailed.of("method", "must be one of " + List.of(PaymentMethod.values()));
            }
        }
    }
}
