package com.pakashop.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InvoiceTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void retryableFailuresWaitUntilTheBudgetIsSpentThenTheInvoiceFails() {
        Invoice invoice = pending(2);
        Invoice first = invoice.attempting(NOW, NOW.plusSeconds(60))
                .attemptFailed("894 busy", Optional.of(NOW.plusSeconds(1)), NOW);
        Invoice second = first.attempting(NOW, NOW.plusSeconds(60))
                .attemptFailed("894 busy", Optional.of(NOW.plusSeconds(2)), NOW);

        assertThat(first.status()).isEqualTo(InvoiceStatus.PENDING);
        assertThat(first.transmittable(NOW)).isFalse();
        assertThat(first.transmittable(NOW.plusSeconds(1))).isTrue();
        assertThat(second.status()).isEqualTo(InvoiceStatus.FAILED);
        assertThat(second.attempts()).isEqualTo(2);
    }

    @Test
    void aPermanentFailureFailsAtOnceAndFinanceCanRetryWithAFreshBudget() {
        Invoice failed = pending(4).attempting(NOW, NOW.plusSeconds(60)).attemptFailed("910 bad", Optional.empty(), NOW);
        Invoice retried = failed.retried(4, NOW.plus(Duration.ofHours(1)));

        assertThat(failed.status()).isEqualTo(InvoiceStatus.FAILED);
        assertThat(retried.status()).isEqualTo(InvoiceStatus.PENDING);
        assertThat(retried.attemptBudget()).isEqualTo(5);
        assertThatThrownBy(() -> retried.retried(4, NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void onlyAPendingInvoiceTakesAReceiptAndASkippedOneHasNoDocument() {
        Receipt receipt = new Receipt(1, 1, "I", "S", "SDC1", "M", "", "", true);
        Invoice sent = pending(4).attempting(NOW, NOW).transmitted(receipt, NOW);
        Invoice skipped = Invoice.skipped(UUID.randomUUID(), InvoiceKind.SALE, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "no TPIN", NOW);

        assertThat(sent.receipt()).contains(receipt);
        assertThatThrownBy(() -> sent.attempting(NOW, NOW)).isInstanceOf(Conflict.class);
        assertThat(skipped.document()).isEmpty();
        assertThat(skipped.transmittable(NOW)).isFalse();
    }

    private static Invoice pending(int budget) {
        InvoiceDocument document = new InvoiceDocument(InvoiceKind.SALE, "1002345678", "000", "PKS-0000000001",
                PaymentType.MOBILE_MONEY, NOW, List.of(new InvoiceLine(1, UUID.randomUUID(), "Salt", 1, Money.zmw(1_200),
                Money.zmw(0))), Optional.empty());
        return Invoice.pending(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Optional.empty(),
                document, budget, NOW);
    }
}
