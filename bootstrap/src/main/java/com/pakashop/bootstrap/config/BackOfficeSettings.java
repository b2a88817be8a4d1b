package com.pakashop.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Invoicing, settlement and reconciliation. {@code vsdcUrl} is needed only when ZRA_MOCK_MODE is
 * false; times of day are Africa/Lusaka's. The daily reconciliation reads statements dropped in
 * {@code statementsDir}.
 */
public record BackOfficeSettings(Optional<String> vsdcUrl, Duration vsdcTimeout, String itemClassCode,
                                 Duration invoiceRetryBase, LocalTime settlementCutoff, long settlementMinimumNgwee,
                                 long agentDeliveryShareBps, LocalTime reconciliationTime,
                                 Path statementsDir) {
    static BackOfficeSettings read(EnvironmentReader env, boolean zraMockMode) {
        BackOfficeSettings backOffice = new BackOfficeSettings(
                env.url("ZRA_VSDC_URL"),
                Duration.ofSeconds(env.number("PAKASHOP_ZRA_TIMEOUT_SECONDS", 30, 1, 600)),
                env.parsed("PAKASHOP_ZRA_ITEM_CLASS", "50000000", text -> text.matches("\\d{1,10}") ? text : null,
                        "must be a ZRA item class code (up to 10 digits)"),
                Duration.ofSeconds(env.number("PAKASHOP_ZRA_RETRY_BASE_SECONDS", 60, 1, 86_400)),
                env.timeOfDay("PAKASHOP_SETTLEMENT_CUTOFF", "02:00"),
                env.kwacha("PAKASHOP_SETTLEMENT_MINIMUM", 5_000L),
                env.number("PAKASHOP_AGENT_DELIVERY_SHARE_BPS", 7_000, 0, 10_000),
                env.timeOfDay("PAKASHOP_RECONCILIATION_TIME", "04:00"),
                Path.of(env.text("PAKASHOP_STATEMENTS_DIR", "data/statements")));
        if (!zraMockMode && backOffice.vsdcUrl().isEmpty()) {
            env.problem("ZRA_VSDC_URL", "is required when ZRA_MOCK_MODE is false (the VSDC's base URL with its context)");
        }
        return backOffice;
    }
}
