package com.pakashop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void leftoverUnitsGoToTheLargestRemainders() {
        assertThat(Shares.split(10, List.of(1L, 1L, 1L))).containsExactly(4L, 3L, 3L);
        assertThat(Shares.split(100, List.of(0L, 3L, 1L))).containsExactly(0L, 75L, 25L);
    }

    @Property
    void sharesAddUpAndFollowTheWeights(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long units,
                                        @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 1, max = 1_000_000) Long> weights) {
        List<Long> shares = Shares.split(units, weights);

        assertThat(shares.stream().mapToLong(Long::longValue).sum()).isEqualTo(units);
        long total = weights.stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < weights.size(); i++) {
            double exact = (double) units * weights.get(i) / total;
            assertThat(Math.abs(shares.get(i) - exact)).isLessThan(1.0);
        }
    }
}
