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
}
