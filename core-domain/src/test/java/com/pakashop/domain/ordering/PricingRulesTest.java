package com.pakashop.domain.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.domain.ordering.PricingRules.PricedLine;
import com.pakashop.domain.shared.Money;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PricingRulesTest {

    @Test
    void eachLinePaysItsOwnCommissionRate() {
        PriceBreakdown breakdown = PricingRules.price(List.of(
                new PricedLine(Money.zmw(63_100), 1_000),
                new PricedLine(Money.zmw(9_000), 500)), Money.zmw(2_500));

        assertThat(breakdown.itemsSubtotal()).isEqualTo(Money.zmw(72_100));
        assertThat(breakdown.commission()).isEqualTo(Money.zmw(6_310 + 450));
        assertThat(breakdown.total()).isEqualTo(Money.zmw(74_600));
        assertThat(breakdown.vatIncluded()).as("746.00 x 16/116 = 102.896...").isEqualTo(Money.zmw(10_290));
    }

    @Property
    void vendorNetCommissionAndDeliveryAlwaysAddUpToWhatTheBuyerPays(
            @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 1, max = 1_000_000_000L) Long> amounts,
            @ForAll @LongRange(min = 0, max = 10_000) long commissionBps,
            @ForAll @LongRange(min = 0, max = 100_000) long deliveryFee) {
        List<PricedLine> lines = amounts.stream().map(a -> new PricedLine(Money.zmw(a), commissionBps)).toList();

        PriceBreakdown b = PricingRules.price(lines, Money.zmw(deliveryFee));

        assertThat(b.vendorNet().plus(b.commission()).plus(b.deliveryFee())).isEqualTo(b.total());
        assertThat(b.vendorNet().isNegative()).isFalse();
        assertThat(Math.abs(b.vatIncluded().minor() * 11_600 - b.total().minor() * 1_600)).as("within half an ngwee")
                .isLessThanOrEqualTo(5_800);
    }
}
