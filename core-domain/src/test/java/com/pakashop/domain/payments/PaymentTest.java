package com.pakashop.domain.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Payment payment = Payment.initiate(UUID.randomUUID(), UUID.randomUUID(), List.of(
            new Payment.OrderAmount(UUID.randomUUID(), Money.zmw(10_000)),
            new Payment.OrderAmount(UUID.randomUUID(), Money.zmw(2_550))), PaymentMethod.MTN_MOMO,
            Optional.of(new PhoneNumber("+260961234567")), "MOCK", NOW);

    @Test
    void aPaymentCollectsTheSumOfItsOrdersAndMovesOnlyForward() {
        Payment pending = payment.accepted(Optional.of("ref-1"), Optional.empty(), NOW);
        Payment captured = pending.moveTo(PaymentStatus.CAPTURED, Optional.empty(), NOW);

        assertThat(payment.amount()).isEqualTo(Money.zmw(12_550));
        assertThat(payment.status().awaitingProvider()).isTrue();
        assertThat(pending.providerReference()).contains("ref-1");
        assertThatThrownBy(() -> captured.moveTo(PaymentStatus.FAILED, Optional.empty(), NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> captured.moveTo(PaymentStatus.PENDING, Optional.empty(), NOW)).isInstanceOf(Conflict.class);
        assertThat(captured.canMoveTo(PaymentStatus.REFUND_PENDING)).isTrue();
    }

    @Test
    void moneyArrivingAfterAFailureGoesToReviewNotToCaptured() {
        Payment failed = payment.moveTo(PaymentStatus.FAILED, Optional.of("timeout"), NOW);

        assertThat(failed.canMoveTo(PaymentStatus.CAPTURED)).isFalse();
        assertThat(failed.canMoveTo(PaymentStatus.REVIEW)).isTrue();
        assertThat(failed.failure()).contains("timeout");
    }

    @Test
    void mobileMoneyNeedsANumberAndCardsTakeNone() {
        assertThatThrownBy(() -> Payment.initiate(UUID.randomUUID(), UUID.randomUUID(), payment.orders(),
                PaymentMethod.CARD, Optional.of(new PhoneNumber("+260961234567")), "MOCK", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Payment.initiate(UUID.randomUUID(), UUID.randomUUID(), payment.orders(),
                PaymentMethod.AIRTEL_MONEY, Optional.empty(), "MOCK", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
