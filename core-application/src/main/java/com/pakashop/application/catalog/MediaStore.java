package com.pakashop.application.catalog;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * Where images and documents live. Browsers upload to it directly with a signature we give them,
 * so our servers never carry the bytes; afterwards we accept only URLs the store serves from the
 * folder the signature chose.
 */
public interface MediaStore {

    SignedUpload sign(UploadTarget target, Instant now);

    /**
     * Whether {@code url} is a file this store serves from {@code folder}, as a signed upload puts
     * it: not another site, not another folder, not an address inside our network.
     */
    boolean holds(URI url, String folder);

    /** What such a URL looks like, for the message that refuses another. */
    String urlPattern(String folder);

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
