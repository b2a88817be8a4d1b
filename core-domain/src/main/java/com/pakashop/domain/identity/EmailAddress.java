package com.pakashop.domain.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An email address, compared case-insensitively (stored lower-case). */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an email address");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static Optional<EmailAddress> parse(String text) {
        try {
            return Optional.of(new EmailAddress(text == null ? null : text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
