package com.pakashop.bootstrap.config;

import com.pakashop.adapter.sightengine.SightengineSettings;
import com.pakashop.domain.shared.Money;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the environment into a {@link PakashopConfig}. Variable names are the seed design's
 * (section 5) plus PORT, PAKASHOP_ENV and the PAKASHOP_* knobs. In {@code dev} gaps are filled
 * (generated keys, mock providers, a local database); in {@code prod} every gap is a problem.
 */
public final class ConfigLoader {
    static final String DEV_DATABASE_URL = "postgresql://postgres@localhost:5432/pakashop";
    private static final int MIN_SECRET_BYTES = 32;
    private static final List<String> SIGHTENGINE_MODELS = SightengineSettings.DEFAULT_MODELS;
    private static final Map<String, Double> SIGHTENGINE_THRESHOLDS = SightengineSettings.DEFAULT_THRESHOLDS;

    private static final DevKeyFile.Kept NOTHING_KEPT = new DevKeyFile.Kept(Map.of(), Set.of());

    private final SecureRandom random;

    public ConfigLoader(SecureRandom random) {
        this.random = random;
    }

    public ConfigLoader() {
        this(new SecureRandom());
    }

    public PakashopConfig load(Map<String, String> environment) {
        EnvironmentReader env = new EnvironmentReader(environment);
        Mode mode = env.parsed("PAKASHOP_ENV", Mode.DEV, text -> Mode.parse(text).orElse(null), "must be dev or prod");
        boolean prod = mode == Mode.PROD;

        HttpSettings http = new HttpSettings(
                (int) env.number("PORT", 8000, 0, 65535),
                env.number("PAKASHOP_MAX_BODY_BYTES", 1_048_576, 1024, 64L * 1024 * 1024),
                Duration.ofSeconds(env.number("PAKASHOP_SHUTDOWN_GRACE_SECONDS", 20, 0, 600)),
                env.number("PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE", 6000, 1, 100_000_000),
                env.number("PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE", 600, 1, 100_000_000),
                env.flag("PAKASHOP_TRUST_FORWARDED_FOR", false));

        DatabaseUrl database = database(env, prod);
        int poolSize = (int) env.number("DATABASE_POOL_SIZE", 10, 1, 200);

        Optional<String> redisUrl = env.text("REDIS_URL");
        redisUrl.filter(url -> !url.startsWith("redis://") && !url.startsWith("rediss://"))
                .ifPresent(url -> env.problem("REDIS_URL", "must start with redis:// or rediss://"));
        redisUrl.ifPresent(url -> env.record("REDIS_URL", maskUserInfo(url), ResolvedSetting.Origin.ENVIRONMENT));
        String redisKeyPrefix = env.text("PAKASHOP_REDIS_KEY_PREFIX", "pakashop:");

        Keys keys = keys(env, prod);
        Providers providers = providers(env, prod);
        WorkerSettings worker = new WorkerSettings(
                env.flag("PAKASHOP_EMBEDDED_WORKER", true),
                Duration.ofMillis(env.number("PAKASHOP_WORKER_POLL_MILLIS", 1000, 50, 60_000)),
                (int) env.number("PAKASHOP_OUTBOX_MAX_ATTEMPTS", 10, 1, 100),
                Duration.ofDays(env.number("PAKASHOP_OUTBOX_RETENTION_DAYS", 7, 1, 365)));

        // 32 MiB, 3 passes: ~90 ms a hash on this machine (docs/benchmarks.md), above OWASP's m=19 MiB, t=2 floor
        IdentitySettings identity = new IdentitySettings(
                (int) env.number("PAKASHOP_ARGON2_MEMORY_KIB", 32_768, 8_192, 1_048_576),
                (int) env.number("PAKASHOP_ARGON2_ITERATIONS", 3, 1, 10),
                (int) env.number("PAKASHOP_ARGON2_PARALLELISM", 1, 1, 8),
                (int) env.number("PAKASHOP_LOGIN_FREE_FAILURES", 5, 1, 100),
                Duration.ofSeconds(env.number("PAKASHOP_LOGIN_FIRST_LOCK_SECONDS", 60, 1, 86_400)),
                (int) env.number("PAKASHOP_LOGIN_IP_FREE_FAILURES", 30, 1, 10_000),
                Duration.ofMinutes(15),
                Duration.ofDays(env.number("PAKASHOP_REFRESH_TOKEN_DAYS", 30, 1, 365)));

        CommerceSettings commerce = new CommerceSettings(
                env.number("PAKASHOP_COMMISSION_BPS", 1_000, 0, 10_000),
                env.number("PAKASHOP_MARKUP_BPS", 0, 0, 10_000),
                kwacha(env, "PAKASHOP_DELIVERY_FEE", 2_500L),
                Duration.ofMinutes(env.number("PAKASHOP_ORDER_PAYMENT_MINUTES", 30, 1, 1_440)),
                env.number("PAKASHOP_LOYALTY_POINTS_PER_KWACHA", 1, 0, 1_000),
                kwacha(env, "PAKASHOP_LOYALTY_POINT_VALUE", 1L),
                env.number("PAKASHOP_LOYALTY_REDEEM_CAP_BPS", 2_000, 0, 10_000),
                (int) env.number("PAKASHOP_LOYALTY_EXPIRY_MONTHS", 12, 1, 120));
        if (commerce.loyaltyPointValueNgwee() == 0) {
            env.problem("PAKASHOP_LOYALTY_POINT_VALUE", "must be at least 0.01");
        }

        PaymentSettings payments = new PaymentSettings(
                url(env, "PAKASHOP_FRONTEND_URL").orElse("http://localhost:3000"),
                url(env, "PAKASHOP_PUBLIC_BASE_URL"),
                Duration.ofSeconds(env.number("PAKASHOP_PAYMENT_RECHECK_SECONDS", 120, 10, 86_400)),
                Duration.ofMinutes(env.number("PAKASHOP_PAYMENT_GIVE_UP_MINUTES", 60, 5, 10_080)),
                Duration.ofMillis(env.number("PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS", 3_000, 0, 600_000)),
                url(env, "PAKASHOP_PAWAPAY_BASE_URL").orElse(prod ? "https://api.pawapay.io" : "https://api.sandbox.pawapay.io"),
                url(env, "PAKASHOP_FLUTTERWAVE_BASE_URL").orElse("https://api.flutterwave.com"),
                Duration.ofSeconds(env.number("PAKASHOP_PROVIDER_TIMEOUT_SECONDS", 15, 1, 120)),
                Duration.ofSeconds(env.number("PAKASHOP_PROVIDER_CIRCUIT_OPEN_SECONDS", 30, 1, 600)),
                env.text("PAKASHOP_FLUTTERWAVE_CUSTOMER_EMAIL").orElse("payments@pakashop.zm"));

        TrackingSettings tracking = new TrackingSettings(
                env.decimal("PAKASHOP_TRACKING_PROCESS_NOISE", 1.0, 0.001, 100),
                env.number("PAKASHOP_TRACKING_MAX_SPEED_KMH", 200, 10, 1000) / 3.6,
                Duration.ofDays(env.number("PAKASHOP_TRACKING_RETENTION_DAYS", 90, 1, 3650)),
                Path.of(env.text("PAKASHOP_FILES_DIR", "data/files")));

        TrustSettings trust = new TrustSettings(
                env.flag("PAKASHOP_FRAUD_SCREENING", true),
                (int) env.number("PAKASHOP_FRAUD_REVIEW_SCORE", 60, 1, 100),
                env.number("PAKASHOP_FRAUD_ATTEMPTS_PER_HOUR", 5, 1, 10_000),
                env.number("PAKASHOP_FRAUD_AMOUNT_FACTOR", 3, 1, 1_000),
                env.number("PAKASHOP_FRAUD_MIN_HISTORY", 3, 1, 1_000),
                kwacha(env, "PAKASHOP_FRAUD_BASELINE", 50_000L),
                Duration.ofDays(env.number("PAKASHOP_FRAUD_NEW_ACCOUNT_DAYS", 7, 0, 365)),
                kwacha(env, "PAKASHOP_FRAUD_NEW_ACCOUNT_AMOUNT", 200_000L),
                env.number("PAKASHOP_FRAUD_FAILED_NUMBERS", 3, 1, 100),
                pairs(env, "PAKASHOP_FRAUD_WEIGHTS", Map.of(), Integer::valueOf, "rule=weight pairs such as velocity-ip=30"),
                url(env, "PAKASHOP_SIGHTENGINE_BASE_URL").orElse("https://api.sightengine.com"),
                List.of(env.text("PAKASHOP_SIGHTENGINE_MODELS", String.join(",", SIGHTENGINE_MODELS)).split(",")),
                pairs(env, "PAKASHOP_MODERATION_THRESHOLDS", SIGHTENGINE_THRESHOLDS, Double::valueOf,
                        "category=score pairs such as weapon.classes.firearm=0.3"),
                Duration.ofSeconds(env.number("PAKASHOP_MODERATION_TIMEOUT_SECONDS", 10, 1, 120)));

        BackOfficeSettings backOffice = new BackOfficeSettings(
                url(env, "ZRA_VSDC_URL"),
                Duration.ofSeconds(env.number("PAKASHOP_ZRA_TIMEOUT_SECONDS", 30, 1, 600)),
                env.parsed("PAKASHOP_ZRA_ITEM_CLASS", "50000000", text -> text.matches("\\d{1,10}") ? text : null,
                        "must be a ZRA item class code (up to 10 digits)"),
                Duration.ofSeconds(env.number("PAKASHOP_ZRA_RETRY_BASE_SECONDS", 60, 1, 86_400)),
                timeOfDay(env, "PAKASHOP_SETTLEMENT_CUTOFF", "02:00"),
                kwacha(env, "PAKASHOP_SETTLEMENT_MINIMUM", 5_000L),
                env.number("PAKASHOP_AGENT_DELIVERY_SHARE_BPS", 7_000, 0, 10_000),
                timeOfDay(env, "PAKASHOP_RECONCILIATION_TIME", "04:00"),
                Path.of(env.text("PAKASHOP_STATEMENTS_DIR", "data/statements")));
        if (!providers.zraMockMode() && backOffice.vsdcUrl().isEmpty()) {
            env.problem("ZRA_VSDC_URL", "is required when ZRA_MOCK_MODE is false (the VSDC's base URL with its context)");
        }

        if (!env.problems().isEmpty()) {
            throw new InvalidConfiguration(env.problems(), env.resolved());
        }
        return new PakashopConfig(mode, http, database, poolSize, redisUrl, redisKeyPrefix,
                keys, providers, worker, identity, commerce, payments, tracking, trust, backOffice, env.resolved());
    }

    /** An http(s) base URL without a trailing slash. */
    private static Optional<String> url(EnvironmentReader env, String variable) {
        Optional<String> url = env.text(variable).map(text -> text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        url.filter(text -> !text.startsWith("http://") && !text.startsWith("https://"))
                .ifPresent(text -> env.problem(variable, "must be an http:// or https:// URL"));
        return url;
    }

    /**
     * {@code name=value} pairs separated by commas, laid over the defaults; a malformed pair is a
     * problem naming the variable.
     */
    private static <T> Map<String, T> pairs(EnvironmentReader env, String variable, Map<String, T> defaults,
                                           Function<String, T> value, String rule) {
        Map<String, T> merged = new TreeMap<>(defaults);
        Map<String, T> given = env.parsed(variable, Map.<String, T>of(), text -> {
            Map<String, T> read = new TreeMap<>();
            for (String pair : text.split(",")) {
                String[] parts = pair.strip().split("=");
                if (parts.length != 2 || parts[0].isBlank()) {
                    return null;
                }
                read.put(parts[0].strip(), value.apply(parts[1].strip()));
            }
            return read;
        }, "must be " + rule);
        merged.putAll(given);
        return merged;
    }

    private static LocalTime timeOfDay(EnvironmentReader env, String variable, String fallback) {
        return env.parsed(variable, LocalTime.parse(fallback), text -> text.matches("([01]\\d|2[0-3]):[0-5]\\d")
                ? LocalTime.parse(text) : null, "must be a time of day such as " + fallback + " (Africa/Lusaka)");
    }

    /** An amount in kwacha with at most two decimals, as ngwee; shown as config check shows money, {@code 25.00 ZMW}. */
    private static long kwacha(EnvironmentReader env, String variable, long fallbackNgwee) {
        long ngwee = env.parsed(variable, fallbackNgwee,
                text -> text.matches("\\d{1,6}(\\.\\d{1,2})?")
                        ? new java.math.BigDecimal(text).movePointRight(2).longValueExact() : null,
                "must be an amount in kwacha such as 25.00");
        env.reshow(variable, Money.zmw(ngwee).toDecimalString() + " ZMW");
        return ngwee;
    }

    private static DatabaseUrl database(EnvironmentReader env, boolean prod) {
        Optional<String> given = env.raw("DATABASE_URL");
        if (given.isEmpty() && prod) {
            env.problem("DATABASE_URL", "is required in prod (postgresql://user:pass@host:port/db)");
        }
        String text = given.orElse(DEV_DATABASE_URL);
        Optional<DatabaseUrl> parsed = DatabaseUrl.parse(text);
        if (parsed.isEmpty()) {
            env.problem("DATABASE_URL", "must look like postgresql://user:pass@host:port/db or jdbc:postgresql://host:port/db");
            env.record("DATABASE_URL", "(unparseable)", ResolvedSetting.Origin.ENVIRONMENT);
            return DatabaseUrl.parse(DEV_DATABASE_URL).orElseThrow();
        }
        env.record("DATABASE_URL", parsed.get().shown(),
                given.isPresent() ? ResolvedSetting.Origin.ENVIRONMENT : ResolvedSetting.Origin.DEFAULT);
        return parsed.get();
    }

    private Keys keys(EnvironmentReader env, boolean prod) {
        DevKeyFile.Kept kept = prod ? NOTHING_KEPT : devKeys(env);
        Secret jwt = requiredSecret(env, "JWT_SECRET", kept, prod);
        if (jwt.bytes().length < MIN_SECRET_BYTES) {
            env.problem("JWT_SECRET", "must be at least " + MIN_SECRET_BYTES + " bytes long (HS256 key)");
        }
        Secret client = requiredSecret(env, "PAKASHOP_CLIENT_KEY", kept, prod);
        Secret internal = requiredSecret(env, "INTERNAL_API_KEY", kept, prod);
        if (prod && client.bytes().length < MIN_SECRET_BYTES) {
            env.problem("PAKASHOP_CLIENT_KEY", "must be at least " + MIN_SECRET_BYTES + " characters in prod");
        }
        if (prod && internal.bytes().length < MIN_SECRET_BYTES) {
            env.problem("INTERNAL_API_KEY", "must be at least " + MIN_SECRET_BYTES + " characters in prod");
        }
        if (client.matches(internal.reveal())) {
            env.problem("INTERNAL_API_KEY", "must differ from PAKASHOP_CLIENT_KEY, or clients could call internal routes");
        }
        Secret totp = requiredSecret(env, "TOTP_ENCRYPTION_KEY", kept, prod);
        if (decodedLength(totp) != 32) {
            env.problem("TOTP_ENCRYPTION_KEY", "must be base64 of exactly 32 bytes (an AES-256 key)");
        }
        return new Keys(jwt, client, internal, totp, kept.created());
    }

    /**
     * In dev, the keys the environment leaves out come from the dev key file, generated there the
     * first time, so restarts and the CLI share them.
     */
    private DevKeyFile.Kept devKeys(EnvironmentReader env) {
        Path file = Path.of(env.text(DevKeyFile.VARIABLE, DevKeyFile.DEFAULT_PATH));
        Map<String, Supplier<String>> missing = new LinkedHashMap<>();
        for (String variable : List.of("JWT_SECRET", "PAKASHOP_CLIENT_KEY", "INTERNAL_API_KEY")) {
            if (env.raw(variable).isEmpty()) {
                missing.put(variable, () -> Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32)));
            }
        }
        if (env.raw("TOTP_ENCRYPTION_KEY").isEmpty()) {
            missing.put("TOTP_ENCRYPTION_KEY", () -> Base64.getEncoder().encodeToString(randomBytes(32)));
        }
        if (missing.isEmpty()) {
            return NOTHING_KEPT;
        }
        try {
            DevKeyFile.Kept kept = new DevKeyFile(file).keep(missing);
            kept.values().keySet().forEach(variable -> env.record(variable,
                    (kept.created().contains(variable) ? "(generated into " : "(read from ") + file + ")",
                    ResolvedSetting.Origin.DEV_KEY_FILE));
            return kept;
        } catch (UncheckedIOException e) {
            env.problem(DevKeyFile.VARIABLE, e.getMessage() + "; make the directory writable or set the keys in the environment");
            return NOTHING_KEPT;
        }
    }

    /** From the environment, else (dev) from the dev key file; a missing one is a problem only in prod. */
    private Secret requiredSecret(EnvironmentReader env, String variable, DevKeyFile.Kept kept, boolean prod) {
        String fromFile = kept.values().get(variable);
        if (env.raw(variable).isEmpty() && fromFile != null) {
            return new Secret(fromFile);
        }
        return env.secret(variable).orElseGet(() -> {
            if (prod) {
                env.problem(variable, "is required in prod");
                return new Secret("");
            }
            // the dev key file could not be kept, which is already a problem: a stand-in avoids follow-on ones
            return new Secret(Base64.getEncoder().encodeToString(randomBytes(32)));
        });
    }

    private static Providers providers(EnvironmentReader env, boolean prod) {
        PaymentProviderChoice choice = env.parsed("PAYMENT_PROVIDER", PaymentProviderChoice.MOCK,
                text -> PaymentProviderChoice.valueOf(text.toUpperCase(Locale.ROOT)), "must be MOCK, AUTO, PAWAPAY or FLUTTERWAVE");
        if (prod && env.raw("PAYMENT_PROVIDER").isEmpty()) {
            env.problem("PAYMENT_PROVIDER", "is required in prod (AUTO, PAWAPAY or FLUTTERWAVE)");
        } else if (prod && choice == PaymentProviderChoice.MOCK) {
            env.problem("PAYMENT_PROVIDER", "MOCK moves no money and is refused in prod");
        }
        Optional<Secret> pawapayKey = env.secret("PAWAPAY_API_KEY");
        Optional<Secret> pawapayWebhook = env.secret("PAWAPAY_WEBHOOK_SECRET");
        Optional<Secret> flutterwaveKey = env.secret("FLUTTERWAVE_SECRET_KEY");
        Optional<Secret> flutterwaveHash = env.secret("FLUTTERWAVE_SECRET_HASH");
        if (choice == PaymentProviderChoice.AUTO || choice == PaymentProviderChoice.PAWAPAY) {
            requirePresent(env, pawapayKey, "PAWAPAY_API_KEY", "PAYMENT_PROVIDER=" + choice);
            requirePresent(env, pawapayWebhook, "PAWAPAY_WEBHOOK_SECRET", "PAYMENT_PROVIDER=" + choice);
        }
        if (choice == PaymentProviderChoice.AUTO || choice == PaymentProviderChoice.FLUTTERWAVE) {
            requirePresent(env, flutterwaveKey, "FLUTTERWAVE_SECRET_KEY", "PAYMENT_PROVIDER=" + choice);
            requirePresent(env, flutterwaveHash, "FLUTTERWAVE_SECRET_HASH", "PAYMENT_PROVIDER=" + choice);
        }
        boolean zraMock = env.flag("ZRA_MOCK_MODE", !prod);
        if (prod && zraMock) {
            env.problem("ZRA_MOCK_MODE", "true transmits nothing to ZRA and is refused in prod");
        }
        Optional<String> meilisearch = env.text("MEILISEARCH_URL");
        meilisearch.filter(url -> !url.startsWith("http://") && !url.startsWith("https://"))
                .ifPresent(url -> env.problem("MEILISEARCH_URL", "must be an http:// or https:// URL"));
        Optional<String> cloudName = env.text("CLOUDINARY_CLOUD_NAME");
        Optional<String> cloudinaryKey = env.text("CLOUDINARY_API_KEY");
        Optional<Secret> cloudinarySecret = env.secret("CLOUDINARY_API_SECRET");
        if (cloudName.isPresent() || cloudinaryKey.isPresent() || cloudinarySecret.isPresent()) {
            requirePresent(env, cloudName.map(Secret::new), "CLOUDINARY_CLOUD_NAME", "any CLOUDINARY_* is set");
            requirePresent(env, cloudinaryKey.map(Secret::new), "CLOUDINARY_API_KEY", "any CLOUDINARY_* is set");
            requirePresent(env, cloudinarySecret, "CLOUDINARY_API_SECRET", "any CLOUDINARY_* is set");
        }
        String signatureAlgorithm = env.parsed("CLOUDINARY_SIGNATURE_ALGORITHM", "sha1",
                text -> text.equals("sha1") || text.equals("sha256") ? text : null, "must be sha1 or sha256");
        return new Providers(choice, pawapayKey, pawapayWebhook, flutterwaveKey, flutterwaveHash, zraMock,
                env.secret("ZRA_VSDC_API_KEY"), meilisearch, env.secret("RESEND_API_KEY"),
                cloudName, cloudinaryKey, cloudinarySecret, signatureAlgorithm, env.secret("MIDDLEWARE_API_KEY"),
                env.text("SIGHTENGINE_API_USER"), env.secret("SIGHTENGINE_API_SECRET"), env.text("TWILIO_ACCOUNT_SID"),
                env.secret("TWILIO_AUTH_TOKEN"), env.text("WHATSAPP_BUSINESS_ID"),
                env.text("FEATURE_FLAGS_REDIS_KEY", "pakashop:feature-flags"));
    }

    private static void requirePresent(EnvironmentReader env, Optional<Secret> value, String variable, String because) {
        if (value.isEmpty()) {
            env.problem(variable, "is required when " + because);
        }
    }

    private static int decodedLength(Secret secret) {
        try {
            return Base64.getDecoder().decode(secret.reveal().getBytes(StandardCharsets.US_ASCII)).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String maskUserInfo(String url) {
        return url.replaceFirst("//[^@/]*@", "//****@");
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
