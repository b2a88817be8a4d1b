package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Wrong password" and "no such account" must take the same time, or response timing tells an
 * attacker which phone numbers have accounts. A missing dummy hash makes the unknown case ~10x
 * faster, so the comparison can be loose: many samples, taken in alternating order (ABBA) so that
 * a machine slowing down or speeding up mid-test weighs on both sides alike, compared by median
 * within a factor of two.
 */
class LoginTimingTest {

    @Test
    void wrongPasswordAndUnknownAccountTakeAboutTheSameTime() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAKASHOP_ARGON2_MEMORY_KIB", "32768");
        env.put("PAKASHOP_ARGON2_ITERATIONS", "3");
        env.put("PAKASHOP_LOGIN_FREE_FAILURES", "100");
        env.put("PAKASHOP_LOGIN_IP_FREE_FAILURES", "10000");
        try (RunningApp app = RunningApp.start(env)) {
            Accounts accounts = new Accounts(app);
            String phone = freshPhone();
            accounts.register(phone);
            for (int i = 0; i < 5; i++) {
                accounts.login(phone, "warming up the JIT " + i);
                accounts.login(freshPhone(), "warming up the JIT " + i);
            }
            int rounds = 40;
            long[] wrong = new long[rounds];
            long[] unknown = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                String attempt = "definitely not it " + i;
                if (i % 2 == 0) {
                    wrong[i] = timed(() -> accounts.login(phone, attempt));
                    unknown[i] = timed(() -> accounts.login(freshPhone(), attempt));
                } else {
                    unknown[i] = timed(() -> accounts.login(freshPhone(), attempt));
                    wrong[i] = timed(() -> accounts.login(phone, attempt));
                }
            }
            double ratio = (double) median(unknown) / median(wrong);

            assertThat(ratio).as("unknown/wrong median time").isBetween(0.5, 2.0);
        }
    }

    private static long timed(Runnable attempt) {
        long start = System.nanoTime();
        attempt.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
