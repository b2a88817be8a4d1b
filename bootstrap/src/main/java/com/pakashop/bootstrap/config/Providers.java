package com.pakashop.bootstrap.config;

import java.util.Optional;

/** Outside systems: which payment provider, and the credentials of each integration that is set. */
public record Providers(
        PaymentProviderChoice paymentProvider,
        Optional<Secret> pawapayApiKey,
        Optional<Secret> pawapayWebhookSecret,
        Optional<Secret> flutterwaveSecretKey,
        Optional<Secret> flutterwaveSecretHash,
        boolean zraMockMode,
        Optional<Secret> zraVsdcApiKey,
        Optional<String> meilisearchUrl,
        Optional<Secret> resendApiKey,
        Optional<String> cloudinaryCloudName,
        Optional<String> cloudinaryApiKey,
        Optional<Secret> cloudinaryApiSecret,
        String cloudinarySignatureAlgorithm,
        Optional<Secret> middlewareApiKey,
        Optional<String> sightengineApiUser,
        Optional<Secret> sightengineApiSecret,
        Optional<String> twilioAccountSid,
        Optional<Secret> twilioAuthToken,
        Optional<String> whatsappBusinessId,
        String featureFlagsRedisKey) {
}
