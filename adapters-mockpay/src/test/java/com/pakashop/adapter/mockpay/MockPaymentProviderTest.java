package com.pakashop.adapter.mockpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.application.payments.CallbackRejected;
import com.pakashop.application.payments.CallbackRequest;
import com.pakashop.application.payments.CollectionRequest;
import com.pakashop.application.payments.CollectionStart;
import com.pakashop.application.payments.CollectionState;
import com.pakashop.application.payments.ProviderEvent;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockPaymentProviderTest {
    private final MockPaymentProvider mock = new MockPaymentProvider("key".getBytes(StandardCharsets.UTF_8),
            Duration.ZERO, Clock.systemUTC());

    @AfterEach
    void close() {
        mock.close();
    }

    @Test
    void theLastTwoDigitsChooseTheOutcome() {
        assertThat(mock.startCollection(request("+260971234591"))).isInstanceOf(CollectionStart.Refused.class);
        assertThat(outcomeFor("+260971234592")).isEqualTo(CollectionState.Outcome.FAILED);
        assertThat(outcomeFor("+260971234593")).isEqualTo(CollectionState.Outcome.FAILED);
        assertThat(outcomeFor("+260971234594")).isEqualTo(CollectionState.Outcome.PENDING);
        assertThat(outcomeFor("+260971234511")).isEqualTo(CollectionState.Outcome.COMPLETED);
        assertThat(mock.collectionStatus(UUID.randomUUID()).outcome()).isEqualTo(CollectionState.Outcome.NOT_FOUND);
    }

    @Test
    void aShortPaymentReportsWhatWasReallyPaid() {
        CollectionRequest request = request("+260971234595");
        mock.startCollection(request);

        assertThat(mock.collectionStatus(request.paymentId()).amount()).contains(Money.zmw(14_900));
    }

    @Test
    void onlyCallbacksSignedOverTheirExactBytesAreRead() throws Exception {
        UUID payment = UUID.randomUUID();
        byte[] body = ("{\"eventId\":\"e-1\",\"paymentId\":\"" + payment
                + "\",\"status\":\"COMPLETED\",\"amount\":\"150.00\",\"currency\":\"ZMW\"}").getBytes(StandardCharsets.UTF_8);
        String signature = HexFormat.of().formatHex(mock.sign(body));

        ProviderEvent event = mock.verifyCallback(callback(Map.of("x-mock-signature", signature), body));
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("150.00", "15.00").getBytes(StandardCharsets.UTF_8);

        assertThat(event.subjectId()).isEqualTo(payment);
        assertThat(event.amount()).contains(Money.zmw(15_000));
        assertThatThrownBy(() -> mock.verifyCallback(callback(Map.of("x-mock-signature", signature), tampered)))
                .isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> mock.verifyCallback(callback(Map.of(), body))).isInstanceOf(CallbackRejected.class);
        byte[] garbage = "nope".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> mock.verifyCallback(callback(Map.of("x-mock-signature",
                HexFormat.of().formatHex(mock.sign(garbage))), garbage))).isInstanceOf(CallbackRejected.class);
    }

    private static CallbackRequest callback(Map<String, String> headers, byte[] body) {
        return new CallbackRequest("POST", "127.0.0.1", "/api/v1/payments/webhook/mock", headers, body);
    }

    private CollectionState.Outcome outcomeFor(String phone) {
        CollectionRequest request = request(phone);
        mock.startCollection(request);
        return mock.collectionStatus(request.paymentId()).outcome();
    }

    private static CollectionRequest request(String phone) {
        return new CollectionRequest(UUID.randomUUID(), Money.zmw(15_000), PaymentMethod.AIRTEL_MONEY,
                Optional.of(new PhoneNumber(phone)), "PK-1001", Optional.empty());
    }
}
