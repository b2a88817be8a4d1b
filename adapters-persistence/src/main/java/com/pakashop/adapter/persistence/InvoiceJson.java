package com.pakashop.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pakashop.domain.invoicing.CreditReason;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.InvoiceLine;
import com.pakashop.domain.invoicing.PaymentType;
import com.pakashop.domain.invoicing.Receipt;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invoice documents and receipts as jsonb, field by field, so the domain carries no mapping annotations. */
final class InvoiceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InvoiceJson() {
    }

    static String write(InvoiceDocument document) {
        ObjectNode root = MAPPER.createObjectNode().put("kind", document.kind().name()).put("tpin", document.tpin())
                .put("branchId", document.branchId()).put("number", document.number())
                .put("paymentType", document.paymentType().name())
                .put("confirmedAt", document.confirmedAt().toString())
                .put("creditReason", document.creditReason().map(Enum::name).orElse(null));
        ArrayNode lines = root.putArray("lines");
        for (InvoiceLine line : document.lines()) {
            lines.addObject().put("sequence", line.sequence()).put("productId", line.productId().toString())
                    .put("name", line.name()).put("quantity", line.quantity())
                    .put("currency", line.unitPrice().currency().getCurrencyCode())
                    .put("unitPrice", line.unitPrice().minor()).put("discount", line.discount().minor());
        }
        return text(root);
    }

    static InvoiceDocument readDocument(String json) {
        JsonNode root = tree(json);
        List<InvoiceLine> lines = new ArrayList<>();
        for (JsonNode line : root.path("lines")) {
            Currency currency = Currency.getInstance(line.path("currency").asText());
            lines.add(new InvoiceLine(line.path("sequence").asInt(), UUID.fromString(line.path("productId").asText()),
                    line.path("name").asText(), line.path("quantity").asLong(),
                    new Money(line.path("unitPrice").asLong(), currency), new Money(line.path("discount").asLong(), currency)));
        }
        JsonNode reason = root.path("creditReason");
        return new InvoiceDocument(InvoiceKind.valueOf(root.path("kind").asText()), root.path("tpin").asText(),
                root.path("branchId").asText(), root.path("number").asText(),
                PaymentType.valueOf(root.path("paymentType").asText()), Instant.parse(root.path("confirmedAt").asText()),
                lines, reason.isTextual() ? Optional.of(CreditReason.valueOf(reason.asText())) : Optional.empty());
    }

    static String write(Receipt receipt) {
        return text(MAPPER.createObjectNode().put("receiptNumber", receipt.receiptNumber())
                .put("totalReceiptNumber", receipt.totalReceiptNumber()).put("internalData", receipt.internalData())
                .put("signature", receipt.signature()).put("sdcId", receipt.sdcId()).put("mrcNo", receipt.mrcNo())
                .put("qrCodeUrl", receipt.qrCodeUrl()).put("publishedAt", receipt.publishedAt())
                .put("mock", receipt.mock()));
    }

    static Receipt readReceipt(String json) {
        JsonNode root = tree(json);
        return new Receipt(root.path("receiptNumber").asLong(), root.path("totalReceiptNumber").asLong(),
                root.path("internalData").asText(), root.path("signature").asText(), root.path("sdcId").asText(),
                root.path("mrcNo").asText(), root.path("qrCodeUrl").asText(), root.path("publishedAt").asText(),
                root.path("mock").asBoolean());
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an invoice value cannot be written as JSON", e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored invoice value is not JSON", e);
        }
    }
}
