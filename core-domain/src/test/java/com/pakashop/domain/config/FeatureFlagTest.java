package com.pakashop.domain.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class FeatureFlagTest {

    @Test
    void aFlagNeverSetIsOffAndNamesAreKebabCase() {
        assertThat(FeatureFlag.off(FeatureFlag.ZRA_INVOICING).enabled()).isFalse();
        for (String bad : new String[] {"", "x", "Zra", "zra_invoicing", "-zra", "9lives", "a".repeat(61)}) {
            assertThatThrownBy(() -> FeatureFlag.off(bad)).as(bad).isInstanceOf(ValidationFailed.class);
        }
        assertThat(FeatureFlag.off("a" + "b".repeat(59)).name()).hasSize(60);
    }
}
