package com.pakashop.domain.shared;

import java.time.ZoneId;

/** Business days (settlement cut-offs, reconciliation periods, invoice dates) are Lusaka's. */
public final class BusinessTime {
    public static final ZoneId LUSAKA = ZoneId.of("Africa/Lusaka");

    private BusinessTime() {
    }
}
