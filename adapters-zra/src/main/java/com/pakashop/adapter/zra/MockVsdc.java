package com.pakashop.adapter.zra;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.application.invoicing.InvoiceTransmitter;
import com.pakashop.application.invoicing.Transmission;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.Receipt;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ZRA_MOCK_MODE=true}: a VSDC simulated in-process (reference: zra-vsdc.md §9). It builds
 * and checks the very body the real transmitter would send (identity fields, line count, sums
 * to 4 dp, credit notes naming an original), answers a repeated invoice number with the receipt
 * it first gave, and signs receipts with deterministic fakes marked as mock. Sales of TPIN
 * {@link #FAILING_TPIN} always fail with a retryable {@code 894}, so retries and FAILED can be seen.
 */
public final class MockVsdc implements InvoiceTransmitter {
    public static final String FAILING_TPIN = "9999999999";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final String itemClassCode;
    private final URI verificationPage;
    private final Clock clock;
    private final Map<String, Receipt> issued = new HashMap<>();
    private final Map<String, AtomicLong> receiptCounters = new HashMap<>();
    private final AtomicLong totalReceipts = new AtomicLong();

    public MockVsdc(String itemClassCode, URI verificationPage, Clock clock) {
        this.itemClassCode = itemClassCode;
        this.verificationPage = verificationPage;
        this.clock = clock;
    }

    @Override
    public synchronized Transmission transmit(InvoiceDocument document, Optional<Receipt> original) {
        VsdcPayload payload = VsdcPayload.of(document, original, itemClassCode);
        String hash = payload.sha256();
        if (FAILING_TPIN.equals(document.tpin())) {
            return new Transmission.Failed(hash, "894", "server communication error (mock fault)", true);
        }
        Optional<String> invalid = invalid(payload, document, original);
        if (invalid.isPresent()) {
            return new Transmission.Failed(hash, "910", invalid.get(), false);
        }
        String key = document.tpin() + "/" + document.branchId() + "/" + document.number();
        Receipt earlier = issued.get(key);
        if (earlier != null) {
            return new Transmission.Accepted(hash, ResultCodes.DUPLICATE, "already reported; receipt adopted (mock)",
                    earlier);
        }
        long number = receiptCounters.computeIfAbsent(document.tpin() + "/" + document.branchId(), k -> new AtomicLong())
                .incrementAndGet();
        String published = VsdcPayload.DATE_TIME.format(clock.instant());
        String sdcId = "SDC" + document.tpin().substring(0, 9);
        Receipt receipt = new Receipt(number, totalReceipts.incrementAndGet(), fake(key, 26), fake(key + "#sign", 16),
                sdcId, "MOCK" + document.branchId() + document.tpin().substring(6), verificationPage + "?invoice="
                + document.number() + "&sdcId=" + sdcId, published, true);
        issued.put(key, receipt);
        return new Transmission.Accepted(hash, ResultCodes.SUCCESS, "It is succeeded (mock)", receipt);
    }

    /** What the real VSDC would refuse in a body we built: sums that do not add up, a credit note with no original. */
    private static Optional<String> invalid(VsdcPayload payload, InvoiceDocument document, Optional<Receipt> original) {
        JsonNode body;
        try {
            body = VsdcPayload.MAPPER.readTree(payload.bytes());
        } catch (IOException e) {
            return Optional.of("body is not JSON");
        }
        if (body.path("totItemCnt").asInt() != body.path("itemList").size()) {
            return Optional.of("totItemCnt does not match itemList");
        }
        BigDecimal taxable = body.path("totTaxblAmt").decimalValue();
        BigDecimal tax = body.path("totTaxAmt").decimalValue();
        BigDecimal lines = BigDecimal.ZERO;
        for (JsonNode item : body.path("itemList")) {
            lines = lines.add(item.path("totAmt").decimalValue());
        }
        if (taxable.add(tax).compareTo(body.path("totAmt").decimalValue()) != 0
                || lines.compareTo(body.path("totAmt").decimalValue()) != 0) {
            return Optional.of("totals do not add up");
        }
        if (document.kind() == InvoiceKind.CREDIT_NOTE && (original.isEmpty() || !original.get().mock())) {
            return Optional.of("930 original invoice not found");
        }
        return Optional.empty();
    }

    private static String fake(String seed, int length) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
        }
        return text.toString();
    }
}
