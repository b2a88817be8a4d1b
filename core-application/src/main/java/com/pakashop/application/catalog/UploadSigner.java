package com.pakashop.application.catalog;

import java.time.Instant;
import java.util.Map;

/** Signs a browser's direct upload to the media store, so our servers never carry the bytes. */
public interface UploadSigner {

    SignedUpload sign(UploadTarget target, Instant now);

    /** Where the file goes and what it may be; all of it is signed, so the browser cannot change it. */
    record UploadTarget(String folder, String publicId, String tags, String allowedFormats) {
    }

    /** What the browser sends along with the file. {@code params} are exactly the signed fields. */
    record SignedUpload(String cloudName, String apiKey, String uploadUrl, Map<String, String> params, String signature,
                        String signatureAlgorithm) {
        public SignedUpload {
            params = Map.copyOf(params);
        }
    }
}
