package com.pakashop.domain.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.shared.ValidationFailed;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPhraseIsAccepted() {
        assertThatCode(() -> PasswordPolicy.requireAcceptable("password", "mango season in Kabwe", Set.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void shortCommonRepetitiveAndPersonalPasswordsAreRefused() {
        for (String bad : new String[] {"short", "Password123", "zambia2026", "aaaaaaaaaaaa", "ababababababab"}) {
            assertThatThrownBy(() -> PasswordPolicy.requireAcceptable("password", bad, Set.of()))
                    .as(bad).isInstanceOf(ValidationFailed.class);
        }
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable("password", "chanda-rocks-forever", Set.of("Chanda")))
                .hasMessageContaining("name, phone number or email");
    }

    @Test
    void anythingOverOneKibibyteIsRefusedBeforeHashing() {
        assertThatThrownBy(() -> PasswordPolicy.requireHashable("password", "é".repeat(600)))
                .hasMessageContaining("at most 1024 bytes");
    }
}
