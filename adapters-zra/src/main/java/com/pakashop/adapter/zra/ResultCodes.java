package com.pakashop.adapter.zra;

import java.util.Set;

/**
 * What a VSDC result code means for us (reference: zra-vsdc.md §7). Codes that say the request
 * itself is wrong fail at once: resending the identical payload cannot cure them. Every other
 * failure, including codes we do not know, is retried and then fails; none is ever a success.
 */
final class ResultCodes {
    static final String SUCCESS = "000";
    static final String NOT_FOUND = "001";
    static final String DUPLICATE = "924";
    private static final Set<String> REQUEST_IS_WRONG = Set.of("834", "884", "900", "901", "903", "910", "911", "912",
            "913", "921", "922", "930", "931", "932", "933", "934", "935", "991", "992", "993");

    private ResultCodes() {
    }

    static boolean retryable(String code) {
        return !REQUEST_IS_WRONG.contains(code);
    }
}
