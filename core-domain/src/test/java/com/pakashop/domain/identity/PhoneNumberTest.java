package com.pakashop.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0977123456", "0977 123 456", "097-712-3456", "260977123456", "+260977123456", "+260 977 123 456"})
    void theWaysPeopleWriteAZambianMobileAllNormaliseToE164(String typed) {
        assertThat(PhoneNumber.parse(typed)).contains(new PhoneNumber("+260977123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0211123456", "+260211123456", "+26097712345", "+2609771234567", "+265977123456",
            "09771234567", "abc", "0977 123 45a"})
    void landlinesForeignAndMalformedNumbersAreRefused(String typed) {
        assertThat(PhoneNumber.parse(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theMaskedFormHidesMostDigits() {
        PhoneNumber phone = new PhoneNumber("+260977123456");

        assertThat(phone.masked()).isEqualTo("+26097*****56");
        assertThat(phone.toString()).doesNotContain("123");
    }
}
