package com.pakashop.adapter.zra;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.application.invoicing.InvoiceTransmitter;
import com.pakashop.application.invoicing.Transmission;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.Receipt;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
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
    private final OkHttpClient client;
    private final CircuitBreaker breaker;

    public VsdcInvoiceTransmitter(VsdcSettings settings) {
        this.settings = settings;
        this.client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(3)).readTimeout(settings.timeout())
                .callTimeout(settings.timeout().plusSeconds(3)).retryOnConnectionFailure(false).build();
        this.breaker = CircuitBreaker.of("zra-vsdc", CircuitBreakerConfig.custom().slidingWindowSize(10)
                .minimumNumberOfCalls(5).failureRateThreshold(50).waitDurationInOpenState(Duration.ofSeconds(60))
                .build());
    }

    @Override
    public Transmission transmit(InvoiceDocument document, Optional<Receipt> original) {
        VsdcPayload payload = VsdcPayload.of(document, original, settings.itemClassCode());
        String hash = payload.sha256();
        Answer answer = post("/trnsSales/saveSales", payload.bytes());
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
        Answer answer = post("/trnsSales/selectInvoice", query);
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

    private Answer post(String path, byte[] body) {
        Request request = new Request.Builder().url(settings.baseUrl() + path).post(RequestBody.create(body, JSON)).build();
        try {
            return breaker.executeCallable(() -> call(request));
        } catch (CallNotPermittedException e) {
            return Answer.failed("circuit open after repeated VSDC failures");
        } catch (IOException e) {
            return Answer.failed("call failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (Exception e) {
            return Answer.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Answer call(Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (response.code() != 200) {
                throw new IOException("VSDC answered HTTP " + response.code());
            }
            JsonNode json;
            try {
                json = VsdcPayload.MAPPER.readTree(text);
            } catch (IOException malformed) {
                throw new IOException("VSDC answered an unreadable body");
            }
            JsonNode code = json.path("resultCd");
            if (!code.isTextual() || code.asText().isBlank()) {
                throw new IOException("VSDC answered without a result code");
            }
            return new Answer(code.asText(), json.path("resultMsg").asText(""), json, Optional.empty());
        }
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

    private record Answer(String code, String message, JsonNode json, Optional<String> failure) {
        static Answer failed(String why) {
            return new Answer("-", why, null, Optional.of(why));
        }
    }
}
