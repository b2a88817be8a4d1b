package com.pakashop.bootstrap.config;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the environment into a {@link PakashopConfig}. Variable names are the seed design's
 * (section 5) plus PORT, PAKASHOP_ENV and the PAKASHOP_* knobs. In {@code dev} gaps are filled
 * (generated keys, mock providers, a local database); in {@code prod} every gap is a problem.
 */
public final class ConfigLoader {
    static final String DEV_DATABASE_URL = "postgresql://postgres@localhost:5432/pakashop";
    private static final int MIN_SECRET_BYTES = 32;

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

        HttpSettings http = HttpSettings.read(env);
        DatabaseUrl database = database(env, prod);
        int poolSize = (int) env.number("DATABASE_POOL_SIZE", 10, 1, 200);

        Optional<String> redisUrl = env.text("REDIS_URL");
        redisUrl.filter(url -> !url.startsWith("redis://") && !url.startsWith("rediss://"))
                .ifPresent(url -> env.problem("REDIS_URL", "must start with redis:// or rediss://"));
        redisUrl.ifPresent(url -> env.record("REDIS_URL", maskUserInfo(url), ResolvedSetting.Origin.ENVIRONMENT));
        String redisKeyPrefix = env.text("PAKASHOP_REDIS_KEY_PREFIX", "pakashop:");

        Keys keys = keys(env, prod);
        Providers providers = providers(env, prod);
        WorkerSettings worker = WorkerSettings.read(env);
        IdentitySettings identity = IdentitySettings.read(env);
        CommerceSettings commerce = CommerceSettings.read(env);
        PaymentSettings payments = PaymentSettings.read(env, prod);
        TrackingSettings tracking = TrackingSettings.read(env);
        TrustSettings trust = TrustSettings.read(env);
        BackOfficeSettings backOffice = BackOfficeSettings.read(env, providers.zraMockMode());
        if (!env.problems().isEmpty()) {
            throw new InvalidConfiguration(env.problems(), env.resolved());
        }
        return new PakashopConfig(mode, http, database, poolSize, redisUrl, redisKeyPrefix,
                keys, providers, worker, identity, commerce, payments, tracking, trust, backOffice, env.resolved());
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
