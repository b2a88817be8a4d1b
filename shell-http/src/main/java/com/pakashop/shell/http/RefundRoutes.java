package com.pakashop.shell.http;

import com.pakashop.application.payments.RequestingRefunds;
import com.pakashop.application.payments.ResolvingRefunds;
import com.pakashop.application.payments.ViewingPayments;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finance and admins look at a payment, refund it (fully or in part), and settle refunds nobody could trace. */
final class RefundRoutes implements RouteGroup {
    private final ViewingPayments viewing;
    private final RequestingRefunds requestingRefunds;
    private final ResolvingRefunds resolvingRefunds;
    private final Requests requests;

    RefundRoutes(ViewingPayments viewing, RequestingRefunds requestingRefunds, ResolvingRefunds resolvingRefunds,
                 Requests requests) {
        this.viewing = viewing;
        this.requestingRefunds = requestingRefunds;
        this.resolvingRefunds = resolvingRefunds;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/admin/payments/{id}", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(StaffPaymentView.of(
                        viewing.forStaff(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")))))),
                ApiRoute.post("/api/v1/admin/payments/{id}/refunds", Access.CLIENT, Guard.signedIn(), this::refund),
                ApiRoute.get("/api/v1/admin/refunds/{id}", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(RefundView.of(
                        viewing.refund(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")))))),
                ApiRoute.post("/api/v1/admin/refunds/{id}/resolve", Access.CLIENT, Guard.signedIn(), this::resolve));
    }

    private void refund(Context ctx) {
        RefundRequest body = requests.body(ctx, RefundRequest.class);
        Refund refund = requestingRefunds.request(Authorization.principal(ctx),
                new RequestingRefunds.RefundCommand(Requests.uuid("id", ctx.pathParam("id")),
                        Optional.ofNullable(body.orderId()).map(id -> Requests.uuid("orderId", id)),
                        Optional.ofNullable(body.amount()).map(amount -> amount.toZmw("amount")), body.reason(),
                        ctx.header("Idempotency-Key")), requests.context(ctx));
        ctx.status(201).json(RefundView.of(refund));
    }

    private void resolve(Context ctx) {
        ResolveRequest body = requests.body(ctx, ResolveRequest.class);
        RefundStatus outcome;
        try {
            outcome = RefundStatus.valueOf(body.outcome() == null ? "" : body.outcome().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("outcome", "must be COMPLETED or FAILED");
        }
        ctx.json(RefundView.of(resolvingRefunds.resolve(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), outcome, body.note(), requests.context(ctx))));
    }

    record RefundRequest(String orderId, MoneyJson amount, String reason) {
    }

    record ResolveRequest(String outcome, String note) {
    }

    record RefundView(String id, String paymentId, String orderId, MoneyJson amount, String status, String cause,
                      String reason, String requestedBy, String provider, String providerReference, String failure,
                      Instant createdAt, Instant updatedAt) {
        static RefundView of(Refund r) {
            return new RefundView(r.id().toString(), r.paymentId().toString(), r.orderId().toString(),
                    MoneyJson.of(r.amount()), r.status().name(), r.cause().name(), r.reason(), r.requestedBy(),
                    r.provider(), r.providerReference().orElse(null), r.failure().orElse(null), r.createdAt(),
                    r.updatedAt());
        }
    }

    record StaffPaymentView(String id, String buyerId, String status, String method, String provider,
                            String providerReference, MoneyJson amount, MoneyJson refunded, List<OrderShare> orders,
                            String failure, List<RefundView> refunds, Instant createdAt, Instant updatedAt) {
        static StaffPaymentView of(ViewingPayments.StaffView view) {
            Payment p = view.payment();
            return new StaffPaymentView(p.id().toString(), p.buyerId().toString(), p.status().name(), p.method().name(),
                    p.provider(), p.providerReference().orElse(null), MoneyJson.of(p.amount()), MoneyJson.of(p.refunded()),
                    p.orders().stream().map(o -> new OrderShare(o.orderId().toString(), MoneyJson.of(o.amount()))).toList(),
                    p.failure().orElse(null), view.refunds().stream().map(RefundView::of).toList(), p.createdAt(),
                    p.updatedAt());
        }
    }

    record OrderShare(String orderId, MoneyJson amount) {
    }
}
