package com.pakashop.adapter.zra;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.application.invoicing.InvoiceTransmitter;
import com.pakashop.application.invoicing.Transmission;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.Receipt;
import com.pakashop.support.http.Answer;
import com.pakashop.support.http.CallFailed;
import com.pakashop.support.http.CallPolicy;
import com.pakashop.support.http.HttpClients;
import com.pakashop.support.http.ProviderHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports invoices to a ZRA VSDC over its JSON-over-POST API. Business errors come back as HTTP
 * 200 with a result code, so the code is always read; only {@code "000"} is a success. A
 * duplicate invoice number ({@code 924}) means an earlier attempt may have got through: the
 * VSDC's record is fetched with {@code selectInvoice} and adopted. Transport failures, time-outs
 * and unreadable answers are retryable failures: the next attempt resends the same bytes.
 */
public final class VsdcInvoiceTransmitter implements InvoiceTransmitter {
    private static final Logger log = LoggerFactory.getLogger(VsdcInvoiceTransmitter.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final VsdcSettings settings;
    private final ProviderHttp http;

    public VsdcInvoiceTransmitter(HttpClients clients, VsdcSettings settings) {
        this.settings = settings;
        this.http = clients.forProvider("ZRA VSDC", new CallPolicy(settings.timeout(), Duration.ofSeconds(60)),
                VsdcPayload.MAPPER);
    }

    @Override
    public Transmission transmit(InvoiceDocument document, Optional<Receipt> original) {
        VsdcPayload payload = VsdcPayload.of(document, original, settings.itemClassCode());
        String hash = payload.sha256();
        Result answer = post("/trnsSales/saveSales", payload.bytes(), false);
        if (answer.failure().isPresent()) {
            return new Transmission.Failed(hash, "-", answer.failure().get(), true);
        }
        String code = answer.code();
        if (ResultCodes.SUCCESS.equals(code)) {
            return receipt(answer.json().path("data"))
                    .<Transmission>map(r -> new Transmission.Accepted(hash, code, answer.message(), r))
                    .orElseGet(() -> new Transmission.Failed(hash, code, "success without a complete receipt", true));
        }
        if (ResultCodes.DUPLICATE.equals(code)) {
            return adoptExisting(document, hash);
        }
        return new Transmission.Failed(hash, code, answer.message(), ResultCodes.retryable(code));
    }

    private Transmission adoptExisting(InvoiceDocument document, String hash) {
        byte[] query;
        try {
            query = VsdcPayload.MAPPER.writeValueAsBytes(VsdcPayload.MAPPER.createObjectNode()
                    .put("tpin", document.tpin()).put("bhfId", document.branchId()).put("cisInvcNo", document.number()));
        } catch (IOException e) {
            throw new IllegalStateException("a selectInvoice body could not be written", e);
        }
        Result answer = post("/trnsSales/selectInvoice", query, true);
        if (answer.failure().isPresent()) {
            return new Transmission.Failed(hash, ResultCodes.DUPLICATE, "duplicate; its record could not be fetched: "
                    + answer.failure().get(), true);
        }
        if (ResultCodes.SUCCESS.equals(answer.code())) {
            Optional<Receipt> existing = receipt(answer.json().path("data"));
            if (existing.isPresent()) {
                log.info("Invoice {} was already on the VSDC; its receipt is adopted", document.number());
                return new Transmission.Accepted(hash, ResultCodes.DUPLICATE, "already reported; receipt adopted",
                        existing.get());
            }
        }
        return new Transmission.Failed(hash, ResultCodes.DUPLICATE, "duplicate, but selectInvoice answered "
                + answer.code() + " " + answer.message(), true);
    }

    /** {@code lookUp}: the call changes nothing at the VSDC, so a quick failure is tried once more. */
    private Result post(String path, byte[] body, boolean lookUp) {
        Request request = new Request.Builder().url(settings.baseUrl() + path).post(RequestBody.create(body, JSON)).build();
        Answer answer;
        try {
            answer = lookUp ? http.read(request) : http.send(request);
        } catch (CallFailed e) {
            return Result.failed("call failed: " + e.getMessage());
        }
        if (answer.status() != 200) {
            return Result.failed("VSDC answered HTTP " + answer.status());
        }
        JsonNode code = answer.body().path("resultCd");
        if (!answer.hasBody()) {
            return Result.failed("VSDC answered an unreadable body");
        }
        if (!code.isTextual() || code.asText().isBlank()) {
            return Result.failed("VSDC answered without a result code");
        }
        return new Result(code.asText(), answer.body().path("resultMsg").asText(""), answer.body(), Optional.empty());
    }

    private static Optional<Receipt> receipt(JsonNode data) {
        JsonNode number = data.path("rcptNo");
        if (!number.canConvertToLong() || data.path("sdcId").asText("").isBlank()
                || data.path("rcptSign").asText("").isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Receipt(number.asLong(), data.path("totRcptNo").asLong(), data.path("intrlData").asText(""),
                data.path("rcptSign").asText(), data.path("sdcId").asText(), data.path("mrcNo").asText(""),
                data.path("qrCodeUrl").asText(""), data.path("vsdcRcptPbctDate").asText(""), false));
    }

    private record Result(String code, String message, JsonNode json, Optional<String> failure) {
        static Result failed(String why) {
            return new Result("-", why, null, Optional.of(why));
        }
    }
}
