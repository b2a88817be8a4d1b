package com.pakashop.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.ordering.DiscountFunder;
import com.pakashop.domain.ordering.PriceBreakdown;
import com.pakashop.domain.ordering.PricingRules;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BookingsTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final UUID order = UUID.randomUUID();
    private final UUID shop = UUID.randomUUID();

    @Test
    void aCaptureHoldsEachOrdersShareAndTheReleasePaysOutPerTheBreakdown() {
        PriceBreakdown b = PricingRules.price(List.of(new PricingRules.PricedLine(Money.zmw(10_000), 1_000, 200,
                Money.zmw(1_000))), new PricingRules.Discounts(DiscountFunder.PLATFORM, Money.zmw(500)), Money.zmw(2_500));
        Balances balances = new Balances();

        balances.apply(Bookings.capture(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAWAPAY",
                List.of(new Bookings.OrderShare(order, b.total()))));
        balances.apply(Bookings.release(UUID.randomUUID(), NOW, order, shop, b,
                balances.of(Account.of(AccountKind.FUNDS_HELD, order))));

        assertThat(balances.of(Account.of(AccountKind.PROVIDER_CLEARING, "PAWAPAY"))).isEqualTo(Money.zmw(11_200));
        assertThat(balances.of(Account.of(AccountKind.FUNDS_HELD, order)).isZero()).isTrue();
        assertThat(balances.of(Account.of(AccountKind.VENDOR_PAYABLE, shop))).isEqualTo(Money.zmw(9_000));
        assertThat(balances.of(Account.of(AccountKind.COMMISSION_REVENUE))).isEqualTo(Money.zmw(1_000));
        assertThat(balances.of(Account.of(AccountKind.MARKUP_REVENUE))).isEqualTo(Money.zmw(200));
        assertThat(balances.of(Account.of(AccountKind.DELIVERY_FEE_REVENUE))).isEqualTo(Money.zmw(2_500));
        assertThat(balances.of(Account.of(AccountKind.PROMOTIONS_EXPENSE))).isEqualTo(Money.zmw(1_500));
        assertThat(balances.trialDifference().isZero()).isTrue();
    }

    @Test
    void nothingIsRefundedOrPaidBeyondWhatIsHeldOrOwed() {
        assertThatThrownBy(() -> Bookings.refund(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAWAPAY", order,
                Money.zmw(101), Money.zmw(100))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> Bookings.payout(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAWAPAY",
                Account.of(AccountKind.VENDOR_PAYABLE, shop), Money.zmw(1), Money.zmw(0))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> Bookings.payout(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAWAPAY",
                Account.of(AccountKind.COMMISSION_REVENUE), Money.zmw(1), Money.zmw(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartRefundedBeforeDeliveryComesOffTheVendorsShareAtRelease() {
        PriceBreakdown b = PricingRules.price(List.of(PricingRules.PricedLine.undiscounted(Money.zmw(10_000), 1_000, 0)),
                new PricingRules.Discounts(DiscountFunder.PLATFORM, Money.zmw(0)), Money.zmw(2_500));
        Balances balances = new Balances();
        balances.apply(Bookings.capture(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAWAPAY",
                List.of(new Bookings.OrderShare(order, b.total()))));
        balances.apply(Bookings.refund(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAWAPAY", order, Money.zmw(3_000),
                balances.of(Account.of(AccountKind.FUNDS_HELD, order))));

        balances.apply(Bookings.release(UUID.randomUUID(), NOW, order, shop, b,
                balances.of(Account.of(AccountKind.FUNDS_HELD, order))));

        assertThat(balances.of(Account.of(AccountKind.VENDOR_PAYABLE, shop))).isEqualTo(b.vendorNet().minus(Money.zmw(3_000)));
        assertThat(balances.of(Account.of(AccountKind.COMMISSION_REVENUE))).isEqualTo(b.commission());
        assertThat(balances.of(Account.of(AccountKind.FUNDS_HELD, order)).isZero()).isTrue();
        assertThatThrownBy(() -> Bookings.release(UUID.randomUUID(), NOW, order, shop, b, Money.zmw(1_000)))
                .as("refunded beyond the vendor's share").isInstanceOf(Conflict.class);
    }

    @Test
    void anEntryThatDoesNotBalanceCannotExist() {
        assertThatThrownBy(() -> new JournalEntry(UUID.randomUUID(), NOW, "BROKEN", "x", List.of(
                Posting.debit(Account.of(AccountKind.PROVIDER_FEES), Money.zmw(100)),
                Posting.credit(Account.of(AccountKind.PROVIDER_CLEARING, "PAWAPAY"), Money.zmw(99)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Account.parse("VENDOR_PAYABLE:" + shop)).isEqualTo(Account.of(AccountKind.VENDOR_PAYABLE, shop));
        assertThat(Account.parse("COMMISSION_REVENUE")).isEqualTo(Account.of(AccountKind.COMMISSION_REVENUE));
    }

    /**
     * Random runs of captures, releases, refunds and payouts, some of them asking for more than
     * there is: every entry balances, the books sum to zero, and nothing held or owed goes negative.
     */
    @Property(tries = 300)
    void anyRunKeepsTheBooksBalancedAndNoPayableNegative(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 3) Integer> operations,
            @ForAll @Size(min = 60, max = 60) List<@LongRange(min = 1, max = 200_000) Long> amounts) {
        Balances balances = new Balances();
        List<UUID> shops = List.of(UUID.randomUUID(), UUID.randomUUID());
        Map<UUID, PriceBreakdown> captured = new HashMap<>();
        Map<UUID, UUID> shopOf = new HashMap<>();
        List<UUID> released = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            long amount = amounts.get(i);
            try {
                switch (operations.get(i)) {
                    case 0 -> {
                        UUID orderId = UUID.randomUUID();
                        PriceBreakdown b = PricingRules.price(List.of(PricingRules.PricedLine.undiscounted(
                                Money.zmw(amount), 1_000, 100)), new PricingRules.Discounts(DiscountFunder.PLATFORM,
                                Money.zmw(amount / 10)), Money.zmw(2_500));
                        captured.put(orderId, b);
                        shopOf.put(orderId, shops.get(i % 2));
                        balances.apply(Bookings.capture(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAWAPAY",
                                List.of(new Bookings.OrderShare(orderId, b.total()))));
                    }
                    case 1 -> captured.keySet().stream().filter(o -> !released.contains(o)).findFirst().ifPresent(o -> {
                        balances.apply(Bookings.release(UUID.randomUUID(), NOW, o, shopOf.get(o), captured.get(o),
                                balances.of(Account.of(AccountKind.FUNDS_HELD, o))));
                        released.add(o);
                    });
                    case 2 -> captured.keySet().stream().filter(o -> !released.contains(o)).findFirst().ifPresent(o ->
                            balances.apply(Bookings.refund(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAWAPAY", o,
                                    Money.zmw(amount), balances.of(Account.of(AccountKind.FUNDS_HELD, o)))));
                    default -> {
                        Account payable = Account.of(AccountKind.VENDOR_PAYABLE, shops.get(i % 2));
                        balances.apply(Bookings.payout(UUID.randomUUID(), NOW, UUID.randomUUID(), "PAWAPAY", payable,
                                Money.zmw(amount), balances.of(payable)));
                    }
                }
            } catch (Conflict refused) {
                // asked for more than is held or owed: refused, and nothing was booked
            }
            assertThat(balances.trialDifference().isZero()).isTrue();
            balances.all().forEach((account, balance) -> {
                if (account.kind() == AccountKind.FUNDS_HELD || account.kind() == AccountKind.VENDOR_PAYABLE) {
                    assertThat(balance.isNegative()).as(account.code()).isFalse();
                }
            });
        }
    }
}
