package com.pakashop.application.identity;

import com.pakashop.domain.shared.DependencyUnavailable;
import java.util.List;

/**
 * Whether the configured key still opens the TOTP secrets on file. A key changed by mistake locks
 * every staff member out at once; operators learn it from {@code config check}, not from a login.
 */
public final class CheckingStoredSecrets {
    /** Enough to tell a wrong key (every one fails) from a tampered row, without reading the whole table. */
    private static final int SAMPLE = 200;

    private final Users users;
    private final SecretCipher cipher;

    public CheckingStoredSecrets(Users users, SecretCipher cipher) {
        this.users = users;
        this.cipher = cipher;
    }

    public Result check() {
        List<String> sealed = users.sealedSecrets(SAMPLE);
        int unreadable = 0;
        for (String secret : sealed) {
            try {
                cipher.decrypt(secret);
            } catch (DependencyUnavailable e) {
                unreadable++;
            }
        }
        return new Result(sealed.size(), unreadable);
    }

    /** How many sealed secrets were tried, and how many the key could not open. */
    public record Result(int checked, int unreadable) {
        public boolean passed() {
            return unreadable == 0;
        }
    }
}
