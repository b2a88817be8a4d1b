package com.pakashop.domain.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Zambian mobile number in E.164 ({@code +260} and nine digits, the first 7 or 9). Accepts what
 * people type: {@code 0977 123 456}, {@code 260-977-123456}, {@code +260977123456}.
 */
public record PhoneNumber(String e164) {
    private static final Pattern E164 = Pattern.compile("\\+260[79]\\d{8}");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not a Zambian mobile number in E.164");
        }
    }

    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replaceAll("[\\s-]", "");
        String national;
        if (digits.startsWith("+260")) {
            national = digits.substring(4);
        } else if (digits.startsWith("260") && digits.length() == 12) {
            national = digits.substring(3);
        } else if (digits.startsWith("0") && digits.length() == 10) {
            national = digits.substring(1);
        } else {
            return Optional.empty();
        }
        String candidate = "+260" + national;
        return E164.matcher(candidate).matches() ? Optional.of(new PhoneNumber(candidate)) : Optional.empty();
    }

    /** For logs and support screens: enough to recognise, not enough to call. */
    public String masked() {
        return e164.substring(0, 6) + "*****" + e164.substring(11);
    }

    @Override
    public String toString() {
        return masked();
    }
}
