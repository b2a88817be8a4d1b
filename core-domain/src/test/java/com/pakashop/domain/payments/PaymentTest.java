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
    void refundsCountUpToWhatWasTakenOneAtATime() {
        Payment captured = payment.captured(Optional.of("MP261124.1015.C44871"), NOW);

        Payment refunding = captured.refundStarted(NOW);
        Payment part = refunding.refundCompleted(Money.zmw(2_550), NOW);
        Payment back = part.refundStarted(NOW).refundFailed(NOW);
        Payment all = back.refundStarted(NOW).refundCompleted(Money.zmw(10_000), NOW);

        assertThat(captured.providerReference()).contains("MP261124.1015.C44871");
        assertThatThrownBy(() -> refunding.refundStarted(NOW)).as("one refund at a time").isInstanceOf(Conflict.class);
        assertThat(part.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(back.status()).as("a failed refund leaves it as it was").isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(all.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(all.refunded()).isEqualTo(payment.amount());
        assertThatThrownBy(() -> part.refundStarted(NOW).refundCompleted(Money.zmw(10_001), NOW))
                .isInstanceOf(Conflict.class);
        assertThat(captured.refundStarted(NOW).refundFailed(NOW).status()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void aRefundEndsOnceAndOnlyForward() {
        Refund refund = Refund.request(UUID.randomUUID(), payment, payment.orders().get(0).orderId(), Money.zmw(500),
                Refund.Cause.STAFF_REQUEST, "lid missing", "user:1", NOW);

        Refund done = refund.moveTo(RefundStatus.PENDING, Optional.of("R-1"), Optional.empty(), NOW)
                .moveTo(RefundStatus.COMPLETED, Optional.empty(), Optional.empty(), NOW);

        assertThat(refund.status().inFlight()).isTrue();
        assertThat(done.providerReference()).contains("R-1");
        assertThat(done.status().inFlight()).isFalse();
        assertThatThrownBy(() -> done.moveTo(RefundStatus.FAILED, Optional.empty(), Optional.of("late"), NOW))
                .isInstanceOf(Conflict.class);
        assertThat(refund.canMoveTo(RefundStatus.UNCERTAIN)).isTrue();
        assertThatThrownBy(() -> Refund.request(UUID.randomUUID(), payment, payment.orders().get(0).orderId(),
                Money.zmw(0), Refund.Cause.STAFF_REQUEST, "nothing", "user:1", NOW))
                .isInstanceOf(IllegalArgumentException.class);
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
