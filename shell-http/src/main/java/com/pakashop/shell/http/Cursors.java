package com.pakashop.shell.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque page cursors: the last id of a page plus a truncated HMAC, so a client cannot forge a
 * position it was never given; anything altered is answered with 400.
 */
final class Cursors {
    private static final int TAG_BYTES = 8;
    private final SecretKeySpec key;

    Cursors(byte[] serverSecret) {
        this.key = new SecretKeySpec(derive(serverSecret), "HmacSHA256");
    }

    String encode(UUID position) {
        byte[] id = ByteBuffer.allocate(16).putLong(position.getMostSignificantBits())
                .putLong(position.getLeastSignificantBits()).array();
        byte[] token = ByteBuffer.allocate(16 + TAG_BYTES).put(id).put(tag(id)).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    Optional<UUID> decode(Optional<String> cursor) {
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        byte[] token;
        try {
            token = Base64.getUrlDecoder().decode(cursor.get());
        } catch (IllegalArgumentException e) {
            throw HttpFailure.badRequest("The cursor is not one this API issued");
        }
        if (token.length != 16 + TAG_BYTES
                || !MessageDigest.isEqual(tag(Arrays.copyOf(token, 16)), Arrays.copyOfRange(token, 16, token.length))) {
            throw HttpFailure.badRequest("The cursor is not one this API issued");
        }
        ByteBuffer id = ByteBuffer.wrap(token, 0, 16);
        return Optional.of(new UUID(id.getLong(), id.getLong()));
    }

    private byte[] tag(byte[] id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(id), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is on every JVM", e);
        }
    }

    /** A key of its own, derived from the server secret, so cursors and tokens never share one. */
    private static byte[] derive(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal("pakashop page cursors".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is on every JVM", e);
        }
    }
}
