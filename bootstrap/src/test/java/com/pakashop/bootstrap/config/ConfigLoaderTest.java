package com.pakashop.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String STRONG = "k".repeat(40);
    private final ConfigLoader loader = new ConfigLoader();

    @TempDir
    Path data;

    @Test
    void devFillsEveryGapAndSaysWhichKeysWereGenerated() {
        PakashopConfig config = loader.load(Map.of("PAKASHOP_DEV_KEYS_FILE", data.resolve("keys.properties").toString()));

        assertThat(config.mode()).isEqualTo(Mode.DEV);
        assertThat(config.http().port()).isEqualTo(8000);
        assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/pakashop");
        assertThat(config.providers().paymentProvider()).isEqualTo(PaymentProviderChoice.MOCK);
        assertThat(config.providers().zraMockMode()).isTrue();
        assertThat(config.keys().generated())
                .containsExactlyInAnyOrder("JWT_SECRET", "PAKASHOP_CLIENT_KEY", "INTERNAL_API_KEY", "TOTP_ENCRYPTION_KEY");
        assertThat(config.keys().jwtSecret().bytes()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(config.worker().embedded()).isTrue();
    }

    @Test
    void devKeepsItsKeysSoARestartAndTheCliShareThem() throws Exception {
        Path file = data.resolve("nested/keys.properties");
        Map<String, String> env = Map.of("PAKASHOP_DEV_KEYS_FILE", file.toString(), "JWT_SECRET", STRONG);

        PakashopConfig first = loader.load(env);
        PakashopConfig second = new ConfigLoader().load(env);

        assertThat(first.keys().generated()).containsExactlyInAnyOrder("PAKASHOP_CLIENT_KEY", "INTERNAL_API_KEY", "TOTP_ENCRYPTION_KEY");
        assertThat(second.keys().generated()).isEmpty();
        assertThat(second.keys().totpEncryptionKey().reveal()).isEqualTo(first.keys().totpEncryptionKey().reveal());
        assertThat(second.keys().clientKey().reveal()).isEqualTo(first.keys().clientKey().reveal());
        assertThat(second.keys().jwtSecret().reveal()).isEqualTo(STRONG);
        assertThat(Files.readString(file)).doesNotContain("JWT_SECRET");
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(second.resolved()).filteredOn(s -> s.variable().equals("TOTP_ENCRYPTION_KEY"))
                .singleElement().satisfies(s -> {
                    assertThat(s.origin()).isEqualTo(ResolvedSetting.Origin.DEV_KEY_FILE);
                    assertThat(s.shownValue()).isEqualTo("(read from " + file + ")");
                });
    }

    @Test
    void devSaysSoWhenItCannotKeepItsKeys() throws Exception {
        Path blocker = Files.writeString(data.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> loader.load(Map.of("PAKASHOP_DEV_KEYS_FILE", blocker.resolve("keys.properties").toString())))
                .isInstanceOfSatisfying(InvalidConfiguration.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::variable).containsExactly("PAKASHOP_DEV_KEYS_FILE"));
    }

    @Test
    void prodReportsEveryMissingSecretTogether() {
        assertThatThrownBy(() -> loader.load(Map.of("PAKASHOP_ENV", "prod")))
                .isInstanceOfSatisfying(InvalidConfiguration.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::variable)
                        .contains("DATABASE_URL", "JWT_SECRET", "PAKASHOP_CLIENT_KEY", "INTERNAL_API_KEY",
                                "TOTP_ENCRYPTION_KEY", "PAYMENT_PROVIDER"));
    }

    @Test
    void prodRefusesAShortJwtSecretAndDevelopmentDefaults() {
        Map<String, String> env = prodEnvironment();
        env.put("JWT_SECRET", "too-short");
        env.put("PAYMENT_PROVIDER", "MOCK");
        env.put("ZRA_MOCK_MODE", "true");

        assertThatThrownBy(() -> loader.load(env))
                .isInstanceOfSatisfying(InvalidConfiguration.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::variable)
                        .containsExactlyInAnyOrder("JWT_SECRET", "PAYMENT_PROVIDER", "ZRA_MOCK_MODE"));
    }

    @Test
    void aCompleteProdEnvironmentLoads() {
        PakashopConfig config = loader.load(prodEnvironment());

        assertThat(config.mode()).isEqualTo(Mode.PROD);
        assertThat(config.keys().generated()).isEmpty();
        assertThat(config.providers().zraMockMode()).isFalse();
        assertThat(config.database().user()).isEqualTo("shop");
        assertThat(config.database().password().reveal()).isEqualTo("s3cret");
    }

    @Test
    void malformedValuesNameTheirVariable() {
        assertThatThrownBy(() -> loader.load(Map.of("PORT", "eighty", "PAKASHOP_ENV", "staging",
                "PAKASHOP_EMBEDDED_WORKER", "maybe", "DATABASE_URL", "mysql://x", "PAYMENT_PROVIDER", "PAYPAL")))
                .isInstanceOfSatisfying(InvalidConfiguration.class, e -> {
                    assertThat(e.problems()).extracting(ConfigProblem::variable).containsExactlyInAnyOrder(
                            "PORT", "PAKASHOP_ENV", "PAKASHOP_EMBEDDED_WORKER", "DATABASE_URL", "PAYMENT_PROVIDER");
                    assertThat(e.getMessage()).contains("PORT: must be a whole number from 0 to 65535 (got 'eighty')");
                });
    }

    @Test
    void pawapayNeedsItsKeysAndAutoNeedsFlutterwaveToo() {
        assertThatThrownBy(() -> loader.load(Map.of("PAYMENT_PROVIDER", "AUTO")))
                .isInstanceOfSatisfying(InvalidConfiguration.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::variable).containsExactlyInAnyOrder("PAWAPAY_API_KEY",
                                "PAWAPAY_WEBHOOK_SECRET", "FLUTTERWAVE_SECRET_KEY", "FLUTTERWAVE_SECRET_HASH"));
    }

    @Test
    void cloudinaryNeedsAllThreeSettingsOrNone() {
        assertThatThrownBy(() -> loader.load(Map.of("CLOUDINARY_CLOUD_NAME", "pakashop-demo")))
                .isInstanceOfSatisfying(InvalidConfiguration.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::variable)
                        .containsExactlyInAnyOrder("CLOUDINARY_API_KEY", "CLOUDINARY_API_SECRET"));
    }

    @Test
    void theClientAndInternalKeysMustDiffer() {
        assertThatThrownBy(() -> loader.load(Map.of("PAKASHOP_CLIENT_KEY", "same", "INTERNAL_API_KEY", "same")))
                .isInstanceOfSatisfying(InvalidConfiguration.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::variable).containsExactly("INTERNAL_API_KEY"));
    }

    @Test
    void resolvedSettingsNeverShowASecret() {
        Map<String, String> env = prodEnvironment();
        PakashopConfig config = loader.load(env);

        assertThat(config.resolved()).isNotEmpty();
        assertThat(config.resolved().toString())
                .doesNotContain(STRONG)
                .doesNotContain("s3cret")
                .doesNotContain(env.get("TOTP_ENCRYPTION_KEY"))
                .doesNotContain("pawapay-key-value");
        assertThat(config.toString()).doesNotContain(STRONG).doesNotContain("s3cret");
    }

    @Test
    void withoutMockModeTheVsdcAddressIsRequiredAndTimesOfDayAreChecked() {
        Map<String, String> env = prodEnvironment();
        env.remove("ZRA_VSDC_URL");
        env.put("PAKASHOP_SETTLEMENT_CUTOFF", "25:00");

        assertThatThrownBy(() -> loader.load(env)).isInstanceOfSatisfying(InvalidConfiguration.class, e ->
                assertThat(e.problems()).extracting(ConfigProblem::variable)
                        .containsExactlyInAnyOrder("ZRA_VSDC_URL", "PAKASHOP_SETTLEMENT_CUTOFF"));
    }

    static Map<String, String> prodEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("PAKASHOP_ENV", "prod");
        env.put("DATABASE_URL", "postgresql://shop:s3cret@db.internal:5432/pakashop");
        env.put("JWT_SECRET", STRONG);
        env.put("PAKASHOP_CLIENT_KEY", "c".repeat(40));
        env.put("INTERNAL_API_KEY", "i".repeat(40));
        env.put("TOTP_ENCRYPTION_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        env.put("PAYMENT_PROVIDER", "PAWAPAY");
        env.put("PAWAPAY_API_KEY", "pawapay-key-value");
        env.put("PAWAPAY_WEBHOOK_SECRET", "pawapay-webhook-value");
        env.put("ZRA_VSDC_URL", "http://vsdc.internal:8080/zravsdc");
        return env;
    }
}
