package com.pakashop.domain.identity;

import com.pakashop.domain.shared.ValidationFailed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be (NIST SP 800-63B §5.1.1.2): long enough, not absurdly long (checked
 * before any hashing, so a huge body cannot burn CPU), and not a known common password.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 1024;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Only the length limit: used at login, where a long guess must not reach the hasher either. */
    public static void requireHashable(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw ValidationFailed.of(field, "is required");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ValidationFailed.of(field, "must be at most " + MAX_BYTES + " bytes");
        }
    }

    public static void requireAcceptable(String field, String password, Set<String> personalWords) {
        requireHashable(field, password);
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw ValidationFailed.of(field, "must be at least " + MIN_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
            throw ValidationFailed.of(field, "is too common; choose a phrase others would not guess");
        }
        for (String word : personalWords) {
            if (word != null && word.length() >= 4 && lower.contains(word.toLowerCase(Locale.ROOT))) {
                throw ValidationFailed.of(field, "must not contain your name, phone number or email");
            }
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
