package com.pakashop.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutTest {
    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

    @Test
    void aPayoutIsMarkedSubmittingBeforeItIsSentAndCountsItsAttempts() {
        Payout created = payout();
        Payout submitting = created.submitting(NOW);
        Payout lost = submitting.moveTo(PayoutStatus.UNCERTAIN, Optional.empty(), Optional.of("time-out"), NOW);
        Payout again = lost.moveTo(PayoutStatus.CREATED, Optional.empty(), Optional.of("not found"), NOW).submitting(NOW);

        assertThat(submitting.status().mayBeAtProvider()).isTrue();
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(again.moveTo(PayoutStatus.COMPLETED, Optional.of("pp-1"), Optional.empty(), NOW).providerReference())
                .contains("pp-1");
    }

    @Test
    void finalPayoutsNeverMoveAndACreatedOneIsNeverCompletedUnsent() {
        Payout done = payout().submitting(NOW).moveTo(PayoutStatus.COMPLETED, Optional.empty(), Optional.empty(), NOW);
        Payout failed = payout().submitting(NOW).moveTo(PayoutStatus.FAILED, Optional.empty(), Optional.of("x"), NOW);

        assertThatThrownBy(() -> done.moveTo(PayoutStatus.FAILED, Optional.empty(), Optional.empty(), NOW))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> failed.submitting(NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> payout().moveTo(PayoutStatus.COMPLETED, Optional.empty(), Optional.empty(), NOW))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void thePlanGroupsItemsPerPayeeAndCarriesSmallSums() {
        Payee shop = new Payee(PayeeKind.VENDOR, UUID.randomUUID());
        Payee agent = new Payee(PayeeKind.AGENT, UUID.randomUUID());
        SettlementPlan plan = SettlementPlan.of(List.of(item(shop, 13_500), item(shop, 2_000), item(agent, 1_750)),
                Money.zmw(5_000));

        assertThat(plan.payouts()).singleElement().satisfies(share -> {
            assertThat(share.payee()).isEqualTo(shop);
            assertThat(share.amount()).isEqualTo(Money.zmw(15_500));
            assertThat(share.items()).hasSize(2);
        });
        assertThat(plan.carried()).singleElement().satisfies(share -> assertThat(share.payee()).isEqualTo(agent));
        assertThat(plan.total()).isEqualTo(Money.zmw(15_500));
    }

    private static SettlementItem item(Payee payee, long ngwee) {
        return new SettlementItem(UUID.randomUUID(), UUID.randomUUID(), payee, Money.zmw(ngwee));
    }

    private static Payout payout() {
        return Payout.create(UUID.randomUUID(), UUID.randomUUID(), new Payee(PayeeKind.VENDOR, UUID.randomUUID()), "Duka",
                new PhoneNumber("+260965550001"), MobileNetwork.MTN, Money.zmw(13_500), "PAWAPAY", NOW);
    }
}
