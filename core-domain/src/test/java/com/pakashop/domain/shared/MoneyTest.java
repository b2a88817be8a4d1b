package com.pakashop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void decimalStringsCarryExactlyTheCurrencysMinorDigits() {
        assertThat(Money.zmw(15_000).toDecimalString()).isEqualTo("150.00");
        assertThat(Money.zmw(5).toDecimalString()).isEqualTo("0.05");
        assertThat(Money.zmw(-250).toDecimalString()).isEqualTo("-2.50");
        assertThat(Money.parse("150.5", Money.ZMW)).contains(Money.zmw(15_050));
    }

    @Test
    void parsingRefusesTooManyDecimalsSignsAndJunk() {
        for (String bad : new String[] {"1.005", "-1.00", "1e3", "", " 1.00", "1,00", "NaN"}) {
            assertThat(Money.parse(bad, Money.ZMW)).as(bad).isEmpty();
        }
    }

    @Test
    void basisPointsRoundHalfToEven() {
        assertThat(Money.zmw(1_250).basisPoints(1_000)).isEqualTo(Money.zmw(125));
        assertThat(Money.zmw(25).basisPoints(1_000)).isEqualTo(Money.zmw(2));
        assertThat(Money.zmw(35).basisPoints(1_000)).isEqualTo(Money.zmw(4));
    }

    @Test
    void aThirdOfOneKwachaIsThirtyFourThirtyThreeThirtyThree() {
        assertThat(Money.zmw(100).allocate(List.of(1L, 1L, 1L)))
                .containsExactly(Money.zmw(34), Money.zmw(33), Money.zmw(33));
    }

    @Test
    void currenciesDoNotMix() {
        assertThatThrownBy(() -> Money.zmw(1).plus(new Money(1, Currency.getInstance("USD"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void anAllocationNeverLosesOrCreatesANgwee(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long amount,
                                              @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
        if (weights.stream().allMatch(w -> w == 0)) {
            return;
        }
        List<Money> shares = Money.zmw(amount).allocate(weights);

        assertThat(shares.stream().mapToLong(Money::minor).sum()).isEqualTo(amount);
    }

    @Property
    void eachShareIsWithinOneNgweeOfItsExactProportion(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long amount,
                                                      @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 1, max = 1_000_000) Long> weights) {
        List<Money> shares = Money.zmw(amount).allocate(weights);
        double total = weights.stream().mapToLong(Long::longValue).sum();

        for (int i = 0; i < weights.size(); i++) {
            double exact = amount * (weights.get(i) / total);
            assertThat(Math.abs(shares.get(i).minor() - exact)).isLessThan(1.0 + 1e-6 * Math.max(1, exact));
        }
    }
}
