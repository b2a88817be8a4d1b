package com.pakashop.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.domain.shared.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PricingRulesTest {

    @Test
    void aTypicalOrderBreaksDownToTheNgwee() {
        PriceBreakdown breakdown = new PricingRules(1_000, Money.zmw(2_500)).price(Money.zmw(72_099));

        assertThat(breakdown.total()).isEqualTo(Money.zmw(74_599));
        assertThat(breakdown.commission()).isEqualTo(Money.zmw(7_210));
        assertThat(breakdown.vendorNet()).isEqualTo(Money.zmw(64_889));
        assertThat(breakdown.vatIncluded()).as("745.99 x 16/116 = 102.895...").isEqualTo(Money.zmw(10_290));
    }

    @Property
    void vendorNetCommissionAndDeliveryAlwaysAddUpToWhatTheBuyerPays(
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long subtotal,
            @ForAll @LongRange(min = 0, max = 10_000) long commissionBps,
            @ForAll @LongRange(min = 0, max = 100_000) long deliveryFee) {
        PriceBreakdown b = new PricingRules(commissionBps, Money.zmw(deliveryFee)).price(Money.zmw(subtotal));

        assertThat(b.vendorNet().plus(b.commission()).plus(b.deliveryFee())).isEqualTo(b.total());
        assertThat(b.vendorNet().isNegative()).isFalse();
        assertThat(b.commission().isNegative()).isFalse();
        assertThat(Math.abs(b.vatIncluded().minor() * 11_600 - b.total().minor() * 1_600)).as("within half an ngwee")
                .isLessThanOrEqualTo(5_800);
    }
}
