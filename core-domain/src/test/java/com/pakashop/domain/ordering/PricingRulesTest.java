package com.pakashop.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.ordering.PricingRules.Discounts;
import com.pakashop.domain.ordering.PricingRules.PricedLine;
import com.pakashop.domain.shared.Money;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PricingRulesTest {

    @Test
    void eachLinePaysItsOwnCommissionRate() {
        PriceBreakdown breakdown = PricingRules.price(List.of(
                PricedLine.undiscounted(Money.zmw(63_100), 1_000, 0),
                PricedLine.undiscounted(Money.zmw(9_000), 500, 0)), Discounts.none(), Money.zmw(2_500));

        assertThat(breakdown.itemsSubtotal()).isEqualTo(Money.zmw(72_100));
        assertThat(breakdown.commission()).isEqualTo(Money.zmw(6_310 + 450));
        assertThat(breakdown.total()).isEqualTo(Money.zmw(74_600));
        assertThat(breakdown.vatIncluded()).as("746.00 x 16/116 = 102.896...").isEqualTo(Money.zmw(10_290));
        assertThat(breakdown.platformFunded().isZero()).isTrue();
    }

    @Test
    void aVendorCouponLowersTheVendorsSaleAndTheCommissionOnIt() {
        PriceBreakdown b = PricingRules.price(List.of(new PricedLine(Money.zmw(10_000), 1_000, 0, Money.zmw(2_000))),
                new Discounts(DiscountFunder.VENDOR, Money.zmw(0)), Money.zmw(2_500));

        assertThat(b.total()).isEqualTo(Money.zmw(10_500));
        assertThat(b.commission()).as("10% of the 80.00 the vendor sold for").isEqualTo(Money.zmw(800));
        assertThat(b.vendorNet()).isEqualTo(Money.zmw(7_200));
        assertThat(b.platformFunded().isZero()).isTrue();
    }

    @Test
    void aPlatformCouponAndLoyaltyLeaveTheVendorWholeAndThePlatformPays() {
        PriceBreakdown b = PricingRules.price(List.of(new PricedLine(Money.zmw(10_000), 1_000, 0, Money.zmw(2_000))),
                new Discounts(DiscountFunder.PLATFORM, Money.zmw(500)), Money.zmw(2_500));

        assertThat(b.total()).isEqualTo(Money.zmw(10_000));
        assertThat(b.commission()).isEqualTo(Money.zmw(1_000));
        assertThat(b.vendorNet()).isEqualTo(Money.zmw(9_000));
        assertThat(b.platformFunded()).isEqualTo(Money.zmw(2_500));
        assertThat(b.goodsPaid()).isEqualTo(Money.zmw(7_500));
    }

    @Test
    void theMarkupIsPaidByTheBuyerOnTheListAmountAndKeptByThePlatform() {
        PriceBreakdown b = PricingRules.price(List.of(PricedLine.undiscounted(Money.zmw(10_000), 1_000, 250)),
                Discounts.none(), Money.zmw(0));

        assertThat(b.markup()).isEqualTo(Money.zmw(250));
        assertThat(b.total()).isEqualTo(Money.zmw(10_250));
        assertThat(b.vendorNet()).isEqualTo(Money.zmw(9_000));
    }

    @Test
    void discountsCannotExceedTheGoods() {
        assertThatThrownBy(() -> PricingRules.price(List.of(new PricedLine(Money.zmw(1_000), 0, 0, Money.zmw(600))),
                new Discounts(DiscountFunder.PLATFORM, Money.zmw(401)), Money.zmw(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PricedLine(Money.zmw(1_000), 0, 0, Money.zmw(1_001)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void theSharesAlwaysAddUpToWhatTheBuyerPaysPlusWhatThePlatformFunds(
            @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 1, max = 1_000_000_000L) Long> amounts,
            @ForAll @LongRange(min = 0, max = 10_000) long commissionBps,
            @ForAll @LongRange(min = 0, max = 3_000) long markupBps,
            @ForAll @IntRange(min = 0, max = 10_000) int couponBps,
            @ForAll @IntRange(min = 0, max = 10_000) int loyaltyBpsOfRest,
            @ForAll boolean vendorFunded,
            @ForAll @LongRange(min = 0, max = 100_000) long deliveryFee) {
        Money subtotal = Money.zmw(amounts.stream().mapToLong(Long::longValue).sum());
        Money coupon = subtotal.basisPoints(couponBps);
        List<Money> shares = coupon.allocate(amounts);
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            lines.add(new PricedLine(Money.zmw(amounts.get(i)), commissionBps, markupBps, shares.get(i)));
        }
        Money loyalty = Money.zmw(subtotal.minus(coupon).minor() * loyaltyBpsOfRest / 10_000);
        Discounts discounts = new Discounts(vendorFunded ? DiscountFunder.VENDOR : DiscountFunder.PLATFORM, loyalty);

        PriceBreakdown b = PricingRules.price(lines, discounts, Money.zmw(deliveryFee));

        assertThat(b.vendorNet().plus(b.commission()).plus(b.markup()).plus(b.deliveryFee()))
                .isEqualTo(b.total().plus(b.platformFunded()));
        assertThat(b.couponDiscount()).as("the coupon's shares lose and create nothing").isEqualTo(coupon);
        assertThat(b.vendorNet().isNegative()).isFalse();
        assertThat(b.platformFunded()).isEqualTo(vendorFunded ? loyalty : coupon.plus(loyalty));
        assertThat(Math.abs(b.vatIncluded().minor() * 11_600 - b.total().minor() * 1_600)).as("within half an ngwee")
                .isLessThanOrEqualTo(5_800);
    }
}
