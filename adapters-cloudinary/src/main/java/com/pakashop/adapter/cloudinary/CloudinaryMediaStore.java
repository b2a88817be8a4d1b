package com.pakashop.adapter.cloudinary;

import com.pakashop.application.catalog.MediaStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Cloudinary as our media store. Its upload signature (reference §3): every sent parameter except file, cloud_name,
 * resource_type, api_key and signature, sorted by name, joined as name=value with '&' and no
 * URL-encoding, the API secret appended, then SHA-1 (or SHA-256 where the account requires it).
 */
public final class CloudinaryMediaStore implements MediaStore {
    private static final String DELIVERY_HOST = "res.cloudinary.com";

    private final String cloudName;
    private final String apiKey;
    private final String apiSecret;
    private final String algorithm;

    public CloudinaryMediaStore(String cloudName, String apiKey, String apiSecret, String algorithm) {
        if (!algorithm.equals("sha1") && !algorithm.equals("sha256")) {
            throw new IllegalArgumentException("signature algorithm must be sha1 or sha256");
        }
        this.cloudName = cloudName;
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
        this.algorithm = algorithm;
    }

    @Override
    public SignedUpload sign(UploadTarget target, Instant now) {
        Map<String, String> params = new TreeMap<>();
        params.put("allowed_formats", target.allowedFormats());
        params.put("folder", target.folder());
        params.put("public_id", target.publicId());
        params.put("tags", target.tags());
        params.put("timestamp", String.valueOf(now.getEpochSecond()));
        return new SignedUpload(cloudName, apiKey, "https://api.cloudinary.com/v1_1/" + cloudName + "/image/upload", params,
                signature(params), algorithm);
    }

    /**
     * Only Cloudinary's delivery URL for our cloud, in the folder: {@code
     * https://res.cloudinary.com/<cloud>/image/upload/…/<folder>/…}, without port, user, query or
     * dot segments, which could point somewhere the moderation never looked.
     */
    @Override
    public boolean holds(URI url, String folder) {
        String path = url.getPath();
        return "https".equals(url.getScheme()) && DELIVERY_HOST.equals(url.getHost()) && url.getPort() == -1
                && url.getRawUserInfo() == null && path != null && url.getRawQuery() == null
                && path.startsWith("/" + cloudName + "/image/upload/") && path.contains("/" + folder + "/")
                && !path.contains("/../") && !path.contains("/./");
    }

    @Override
    public String urlPattern(String folder) {
        return "https://" + DELIVERY_HOST + "/" + cloudName + "/image/upload/…/" + folder + "/…";
    }

    /** The digest of the sorted, joined parameters plus the secret; empty values are left out, as Cloudinary does. */
    String signature(Map<String, String> params) {
        String toSign = new TreeMap<>(params).entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&")) + apiSecret;
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm.equals("sha1") ? "SHA-1" : "SHA-256");
            return HexFormat.of().formatHex(digest.digest(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 and SHA-256 are on every JVM", e);
        }
    }
}
