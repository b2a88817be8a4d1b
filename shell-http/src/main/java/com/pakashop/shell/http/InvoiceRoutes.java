package com.pakashop.shell.http;

import com.pakashop.application.invoicing.InvoiceAttempt;
import com.pakashop.application.invoicing.ManagingInvoices;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceLine;
import com.pakashop.domain.invoicing.InvoiceStatus;
import com.pakashop.domain.invoicing.Receipt;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finance and admins follow ZRA Smart Invoices (seed §4.6 step 4) and retry the FAILED ones. */
final class InvoiceRoutes implements RouteGroup {
    private static final int PAGE = 50;
    private static final int MAX_PAGE = 200;

    private final ManagingInvoices invoices;
    private final Requests requests;

    InvoiceRoutes(ManagingInvoices invoices, Requests requests) {
        this.invoices = invoices;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        Guard finance = Guard.permission(Permission.INVOICES_MANAGE);
        return List.of(
                ApiRoute.get("/api/v1/admin/invoices", Access.CLIENT, finance, this::list),
                ApiRoute.get("/api/v1/admin/invoices/{id}", Access.CLIENT, finance, ctx -> ctx.json(DetailView.of(
                        invoices.get(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")))))),
                ApiRoute.post("/api/v1/admin/invoices/{id}/retry", Access.CLIENT, finance, ctx -> ctx.json(DetailView.of(
                        invoices.retry(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")),
                                requests.context(ctx))))));
    }

    private void list(Context ctx) {
        Optional<InvoiceStatus> status = Requests.query(ctx, "status").map(text -> {
            try {
                return InvoiceStatus.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ValidationFailed.of("status", "must be PENDING, TRANSMITTED, FAILED or SKIPPED");
            }
        });
        int limit = Requests.limit(ctx, PAGE, MAX_PAGE);
        List<Invoice> found = invoices.list(Authorization.principal(ctx), status,
                Requests.dayOrInstant(ctx, "from", false), Requests.dayOrInstant(ctx, "to", true), Requests.cursor(ctx),
                limit);
        ctx.json(Page.of(found, limit, InvoiceView::of, Invoice::id));
    }

    record InvoiceView(String id, String kind, String orderId, String shopId, String originalId, String number,
                       String tpin, String branchId, String status, String skipReason, MoneyJson total,
                       String taxableAmount, String taxAmount, int attempts, Instant nextAttemptAt, String lastError,
                       ReceiptView receipt, Instant createdAt, Instant updatedAt) {
        static InvoiceView of(Invoice i) {
            Optional<InvoiceDocument> d = i.document();
            return new InvoiceView(i.id().toString(), i.kind().name(), i.orderId().toString(), i.shopId().toString(),
                    i.originalId().map(Object::toString).orElse(null), d.map(InvoiceDocument::number).orElse(null),
                    d.map(InvoiceDocument::tpin).orElse(null), d.map(InvoiceDocument::branchId).orElse(null),
                    i.status().name(), i.skipReason().orElse(null), d.map(doc -> MoneyJson.of(doc.total())).orElse(null),
                    d.map(doc -> doc.vat().taxable().toPlainString()).orElse(null),
                    d.map(doc -> doc.vat().tax().toPlainString()).orElse(null), i.attempts(),
                    i.nextAttemptAt().orElse(null), i.lastError().orElse(null), i.receipt().map(ReceiptView::of).orElse(null),
                    i.createdAt(), i.updatedAt());
        }
    }

    record ReceiptView(long receiptNumber, long totalReceiptNumber, String sdcId, String mrcNo, String internalData,
                       String signature, String qrCodeUrl, String publishedAt, boolean mock) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(r.receiptNumber(), r.totalReceiptNumber(), r.sdcId(), r.mrcNo(), r.internalData(),
                    r.signature(), r.qrCodeUrl(), r.publishedAt(), r.mock());
        }
    }

    record LineView(int sequence, String productId, String name, long quantity, MoneyJson unitPrice, MoneyJson discount,
                    MoneyJson total, String taxableAmount, String taxAmount) {
        static LineView of(InvoiceLine l) {
            return new LineView(l.sequence(), l.productId().toString(), l.name(), l.quantity(), MoneyJson.of(l.unitPrice()),
                    MoneyJson.of(l.discount()), MoneyJson.of(l.total()), l.vat().taxable().toPlainString(),
                    l.vat().tax().toPlainString());
        }
    }

    record AttemptView(int attempt, String payloadSha256, String resultCode, String message, boolean accepted,
                       Instant at) {
        static AttemptView of(InvoiceAttempt a) {
            return new AttemptView(a.attempt(), a.payloadSha256(), a.resultCode(), a.message(), a.accepted(), a.at());
        }
    }

    record DetailView(InvoiceView invoice, List<LineView> lines, List<AttemptView> attempts) {
        static DetailView of(ManagingInvoices.InvoiceDetail detail) {
            return new DetailView(InvoiceView.of(detail.invoice()), detail.invoice().document()
                    .map(d -> d.lines().stream().map(LineView::of).toList()).orElse(List.of()),
                    detail.attempts().stream().map(AttemptView::of).toList());
        }
    }
}
