package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Wrong password" and "no such account" must take the same time, or response timing tells an
 * attacker which phone numbers have accounts. Medians of interleaved attempts, compared loosely
 * because the machine is shared: a missing dummy hash would make the unknown case ~10x faster.
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
            int rounds = 15;
            long[] wrong = new long[rounds];
            long[] unknown = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                accounts.login(phone, "definitely not it " + i);
                long t1 = System.nanoTime();
                accounts.login(freshPhone(), "definitely not it " + i);
                long t2 = System.nanoTime();
                wrong[i] = t1 - t0;
                unknown[i] = t2 - t1;
            }
            double ratio = (double) median(unknown) / median(wrong);

            assertThat(ratio).as("unknown/wrong median time").isBetween(0.6, 1.6);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
