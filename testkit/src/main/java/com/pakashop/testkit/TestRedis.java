package com.pakashop.testkit;

import java.util.UUID;

/** The local Redis, and a key prefix of this test JVM's own so parallel runs never share keys. */
public final class TestRedis {
    private static final String PREFIX = TestDatabase.setting("PAKASHOP_TEST_REDIS_PREFIX", "pakashop-test:")
            + UUID.randomUUID() + ":";

    private TestRedis() {
    }

    public static String url() {
        return TestDatabase.setting("PAKASHOP_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    }

    public static String keyPrefix() {
        return PREFIX;
    }
}
