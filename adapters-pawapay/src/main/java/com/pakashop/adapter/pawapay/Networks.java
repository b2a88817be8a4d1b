package com.pakashop.adapter.pawapay;

import com.pakashop.domain.catalog.MobileNetwork;

/** pawaPay's provider codes for Zambia (v2 {@code provider}, v1 {@code correspondent}). */
final class Networks {
    private Networks() {
    }

    static String providerCode(MobileNetwork network) {
        switch (network) {
            case MTN:
                return "MTN_MOMO_ZMB";
            case AIRTEL:
                return "AIRTEL_OAPI_ZMB";
            default:
                return "ZAMTEL_ZMB";
        }
    }
}
