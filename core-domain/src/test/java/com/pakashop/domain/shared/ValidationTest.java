package com.pakashop.domain.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        Validation validation = new Validation()
                .require(false, "reason", "must not be blank")
                .require(true, "id", "must be a UUID")
                .require(false, "limit", "must be between 1 and 100");

        assertThatThrownBy(validation::throwIfInvalid)
                .isInstanceOfSatisfying(ValidationFailed.class, failure -> org.assertj.core.api.Assertions
                        .assertThat(failure.errors()).extracting(FieldError::field).containsExactly("reason", "limit"));
    }

    @Test
    void passesWhenNoRuleIsBroken() {
        assertThatCode(() -> new Validation().require(true, "x", "y").throwIfInvalid()).doesNotThrowAnyException();
    }
}
