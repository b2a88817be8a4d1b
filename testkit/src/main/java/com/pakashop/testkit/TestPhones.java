package com.pakashop.testkit;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Zambian mobile numbers no other test in this JVM has used: random numbers collide often enough
 * (the birthday problem over a whole test run) to fail registrations now and then. Endings 91 to
 * 95 are skipped, because the mock provider answers them with a failure on purpose.
 */
public final class TestPhones {
    private static final int SUBSCRIBERS = 10_000_000;
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(SUBSCRIBERS));

    private TestPhones() {
    }

    /** {@code network} the two digits after 260: 95, 96, 97, 75, 76 or 77. */
    public static String fresh(String network) {
        while (true) {
            int subscriber = Math.floorMod(NEXT.getAndIncrement(), SUBSCRIBERS);
            int ending = subscriber % 100;
            if (ending < 91 || ending > 95) {
                return "+260" + network + String.format("%07d", subscriber);
            }
        }
    }
}
