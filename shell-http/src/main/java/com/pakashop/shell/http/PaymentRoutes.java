package com.pakashop.shell.http;

import com.pakashop.application.payments.ApplyingPaymentEvents;
import com.pakashop.application.payments.CallbackRequest;
import com.pakashop.application.payments.InitiatingPayments;
import com.pakashop.application.payments.ReceivingCallbacks;
import com.pakashop.application.payments.ViewingPayments;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Seed flows 4.1 and 4.2: start a payment, poll its status, and take the providers' callbacks. */
final class PaymentRoutes implements RouteGroup {
    private final ViewingPayments viewing;
    private final InitiatingPayments initiating;
    private final ReceivingCallbacks callbacks;
    private final Requests requests;

    PaymentRoutes(ViewingPayments viewing, InitiatingPayments initiating, ReceivingCallbacks callbacks,
                  Requests requests) {
        this.viewing = viewing;
        this.initiating = initiating;
        this.callbacks = callbacks;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/v1/payments/initiate", Access.CLIENT, Guard.signedIn(), this::initiate),
                ApiRoute.get("/api/v1/payments/status/{orderId}", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(StatusView.of(
                        viewing.ofOrder(Authorization.principal(ctx),
                                Requests.uuid("orderId", ctx.pathParam("orderId")))))),
                ApiRoute.get("/api/v1/payments/status/checkout/{checkoutId}", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(
                        StatusView.of(viewing.ofCheckout(Authorization.principal(ctx),
                                Requests.uuid("checkoutId", ctx.pathParam("checkoutId")))))),
                ApiRoute.post("/api/v1/payments/webhook/{provider}", Access.WEBHOOK, Guard.anonymous(), this::webhook),
                ApiRoute.get("/api/v1/payments/flutterwave/return", Access.CLIENT, Guard.anonymous(), this::returned));
    }

    private void initiate(Context ctx) {
        InitiateRequest body = requests.body(ctx, InitiateRequest.class);
        Payment payment = initiating.initiate(Authorization.principal(ctx), new InitiatingPayments.PayRequest(
                Optional.ofNullable(body.orderId()).map(id -> Requests.uuid("orderId", id)),
                Optional.ofNullable(body.checkoutId()).map(id -> Requests.uuid("checkoutId", id)),
                method(body.method()), Optional.ofNullable(body.phone())), requests.context(ctx));
        ctx.json(InitiatedView.of(payment));
    }

    /** Answers fast: the apply is one short transaction, and anything slow it triggers goes through the outbox. */
    private void webhook(Context ctx) {
        Map<String, String> headers = new HashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        String host = ctx.header("Host");
        ApplyingPaymentEvents.Applied applied = callbacks.receive(
                ctx.pathParam("provider").toUpperCase(Locale.ROOT), new CallbackRequest(ctx.method().name(),
                        host == null ? "" : host.toLowerCase(Locale.ROOT), ctx.path(), headers, requests.rawBody(ctx)));
        ctx.json(Map.of("received", true, "applied", applied.name()));
    }

    /**
     * The buyer is back from Flutterwave's page. The query says which payment; what happened to it
     * comes only from asking Flutterwave, so a forged return URL changes nothing.
     */
    private void returned(Context ctx) {
        UUID paymentId = Requests.uuid("tx_ref", Requests.query(ctx, "tx_ref").orElse(null));
        ApplyingPaymentEvents.Applied applied = callbacks.confirm("FLUTTERWAVE", paymentId);
        ctx.json(Map.of("transactionId", paymentId.toString(), "applied", applied.name()));
    }

    private static PaymentMethod method(String text) {
        try {
            return PaymentMethod.valueOf(text == null ? "" : text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("method", "must be one of " + List.of(PaymentMethod.values()));
        }
    }

    record InitiateRequest(String orderId, String checkoutId, String method, String phone) {
    }

    /** What the checkout page needs next: watch the phone (ussd), or go to the provider's page (redirect). */
    record InitiatedView(String type, String transactionId, String status, String message, String url,
                         MoneyJson amount) {
        static InitiatedView of(Payment p) {
            boolean redirect = p.redirectUrl().isPresent() || p.method() == PaymentMethod.CARD;
            String message = redirect ? null : p.status() == PaymentStatus.PENDING || p.status() == PaymentStatus.INITIATED
                    ? "Check your phone " + p.payer().map(Object::toString).orElse("")
                    + " and enter your PIN to approve " + p.amount().toDecimalString() + " ZMW"
                    : "Payment " + p.status().name().toLowerCase(Locale.ROOT);
            return new InitiatedView(redirect ? "redirect" : "ussd", p.id().toString(), p.status().name(), message,
                    redirect ? p.redirectUrl().orElse(null) : null, MoneyJson.of(p.amount()));
        }
    }

    /** {@code paid} is what the polling overlay waits for: every order paid, whatever happened to it since. */
    record StatusView(List<OrderStatusView> orders, PaymentView payment, boolean paid) {
        private static final Set<OrderStatus> PAID_OR_LATER = EnumSet.of(OrderStatus.PAID, OrderStatus.CONFIRMED,
                OrderStatus.OUT_FOR_DELIVERY, OrderStatus.DELIVERED);

        static StatusView of(ViewingPayments.PaymentView view) {
            return new StatusView(view.orders().stream().map(OrderStatusView::of).toList(),
                    view.payment().map(PaymentView::of).orElse(null),
                    view.orders().stream().allMatch(o -> PAID_OR_LATER.contains(o.status())));
        }
    }

    record OrderStatusView(String orderId, String number, String status, String settlementStatus) {
        static OrderStatusView of(Order o) {
            return new OrderStatusView(o.id().toString(), o.number(), o.status().name(), o.settlement().name());
        }
    }

    record PaymentView(String transactionId, String status, String method, String provider, MoneyJson amount,
                       String failure, Instant updatedAt) {
        static PaymentView of(Payment p) {
            return new PaymentView(p.id().toString(), p.status().name(), p.method().name(), p.provider(),
                    MoneyJson.of(p.amount()), p.failure().orElse(null), p.updatedAt());
        }
    }
}
