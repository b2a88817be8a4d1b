package com.pakashop.shell.http;

import com.pakashop.application.invoicing.CorrectingInvoices;
import com.pakashop.application.invoicing.InvoiceAttempt;
import com.pakashop.application.invoicing.InvoiceVoid;
import com.pakashop.application.invoicing.ManagingInvoices;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceLine;
import com.pakashop.domain.invoicing.InvoiceStatus;
import com.pakashop.domain.invoicing.Receipt;
import com.pakashop.domain.shared.BusinessTime;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finance and admins follow ZRA Smart Invoices (seed §4.6 step 4) and retry the FAILED ones. */
final class InvoiceRoutes implements RouteGroup {
    private static final int PAGE = 50;
    private static final int MAX_PAGE = 200;

    private final ManagingInvoices invoices;
    private final CorrectingInvoices correcting;
    private final Requests requests;

    InvoiceRoutes(ManagingInvoices invoices, CorrectingInvoices correcting, Requests requests) {
        this.invoices = invoices;
        this.correcting = correcting;
        this.requests = requests;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/admin/invoices", Access.CLIENT, Guard.signedIn(), this::list),
                ApiRoute.get("/api/v1/admin/invoices/{id}", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(DetailView.of(
                        invoices.get(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")))))),
                ApiRoute.post("/api/v1/admin/invoices/{id}/retry", Access.CLIENT, Guard.signedIn(), ctx -> ctx.json(DetailView.of(
                        invoices.retry(Authorization.principal(ctx), Requests.uuid("id", ctx.pathParam("id")),
                                requests.context(ctx))))),
                ApiRoute.post("/api/v1/admin/invoices/{id}/reissue", Access.CLIENT, Guard.signedIn(), this::reissue),
                ApiRoute.post("/api/v1/admin/invoices/backfill", Access.CLIENT, Guard.signedIn(), this::backfill));
    }

    private void reissue(Context ctx) {
        ReasonRequest body = requests.body(ctx, ReasonRequest.class);
        CorrectingInvoices.Reissued reissued = correcting.reissue(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), body.reason(), requests.context(ctx));
        ctx.status(reissued.created() ? 201 : 200).json(DetailView.of(invoices.get(Authorization.principal(ctx),
                reissued.invoice().id())));
    }

    private void backfill(Context ctx) {
        BackfillRequest body = requests.body(ctx, BackfillRequest.class);
        CorrectingInvoices.Backfill done = correcting.backfill(Authorization.principal(ctx),
                day("from", body.from()).atStartOfDay(BusinessTime.LUSAKA).toInstant(),
                day("to", body.to()).plusDays(1).atStartOfDay(BusinessTime.LUSAKA).toInstant(), requests.context(ctx));
        ctx.json(new BackfillView(done.issued().stream().map(Object::toString).toList(),
                done.stillSkipped().stream().map(s -> new StillSkippedView(s.invoiceId().toString(), s.reason())).toList(),
                done.more()));
    }

    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw ValidationFailed.of(field, "must be a Lusaka day such as 2026-11-24");
        }
    }

    record ReasonRequest(String reason) {
    }

    /** Lusaka days, both included. */
    record BackfillRequest(String from, String to) {
    }

    record BackfillView(List<String> issued, List<StillSkippedView> stillSkipped, boolean more) {
    }

    record StillSkippedView(String invoiceId, String reason) {
    }

    private void list(Context ctx) {
        Optional<InvoiceStatus> status = Requests.query(ctx, "status").map(text -> {
            try {
                return InvoiceStatus.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ValidationFailed.of("status", "must be PENDING, TRANSMITTED, FAILED, SKIPPED or VOIDED");
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

    record DetailView(InvoiceView invoice, List<LineView> lines, List<AttemptView> attempts, VoidView voided) {
        static DetailView of(ManagingInvoices.InvoiceDetail detail) {
            return new DetailView(InvoiceView.of(detail.invoice()), detail.invoice().document()
                    .map(d -> d.lines().stream().map(LineView::of).toList()).orElse(List.of()),
                    detail.attempts().stream().map(AttemptView::of).toList(),
                    detail.voided().map(VoidView::of).orElse(null));
        }
    }

    record VoidView(String reason, String replacedBy, String voidedBy, Instant voidedAt) {
        static VoidView of(InvoiceVoid v) {
            return new VoidView(v.reason(), v.replacedBy().toString(), v.voidedBy(), v.voidedAt());
        }
    }
}
