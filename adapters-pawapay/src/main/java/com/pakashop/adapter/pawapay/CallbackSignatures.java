package com.pakashop.adapter.pawapay;

import com.pakashop.application.payments.CallbackRejected;
import com.pakashop.application.payments.CallbackRequest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks pawaPay's signed callbacks (RFC 9421 HTTP message signatures with an RFC 9530
 * Content-Digest), on the raw body before anything is parsed: the digest must match the bytes,
 * the signature must cover the digest, be fresh, and verify under pawaPay's published key.
 */
final class CallbackSignatures {
    private static final Pattern DIGEST = Pattern.compile("([a-z0-9-]+)=:([A-Za-z0-9+/=]*):");
    private static final Pattern SIGNATURE = Pattern.compile("([A-Za-z0-9_-]+)=:([A-Za-z0-9+/=]*):");
    private static final Pattern INPUT = Pattern.compile("([A-Za-z0-9_-]+)=\\(([^)]*)\\)(.*)");
    private static final Pattern PARAM = Pattern.compile(";\\s*([a-z]+)=(\"[^\"]*\"|[0-9]+)");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final Function<String, Optional<PublicKey>> keys;
    private final Duration maxAge;
    private final Clock clock;

    CallbackSignatures(Function<String, Optional<PublicKey>> keys, Duration maxAge, Clock clock) {
        this.keys = keys;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    void verify(CallbackRequest callback) throws CallbackRejected {
        byte[] body = callback.body();
        checkDigest(require(callback, "content-digest"), body);
        Matcher input = INPUT.matcher(require(callback, "signature-input").strip());
        if (!input.matches()) {
            throw new CallbackRejected("Signature-Input is not a signature definition");
        }
        String label = input.group(1);
        List<String> components = components(input.group(2));
        Map<String, String> params = params(input.group(3));
        if (!components.contains("content-digest")) {
            throw new CallbackRejected("the signature does not cover the body's digest");
        }
        checkFreshness(params);
        byte[] signature = signatureFor(label, require(callback, "signature"));
        String base = base(callback, components, input.group(0).substring(label.length() + 1));
        PublicKey key = keys.apply(params.getOrDefault("keyid", ""))
                .orElseThrow(() -> new CallbackRejected("unknown key id " + params.get("keyid")));
        if (!verifies(params.getOrDefault("alg", ""), key, base.getBytes(StandardCharsets.UTF_8), signature)) {
            throw new CallbackRejected("the signature does not verify");
        }
    }

    private static void checkDigest(String header, byte[] body) throws CallbackRejected {
        Matcher entry = DIGEST.matcher(header);
        int checked = 0;
        while (entry.find()) {
            String algorithm = switch (entry.group(1)) {
                case "sha-256" -> "SHA-256";
                case "sha-512" -> "SHA-512";
                default -> null;
            };
            if (algorithm == null) {
                continue;
            }
            try {
                byte[] expected = MessageDigest.getInstance(algorithm).digest(body);
                if (!MessageDigest.isEqual(expected, Base64.getDecoder().decode(entry.group(2)))) {
                    throw new CallbackRejected("Content-Digest does not match the body");
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new CallbackRejected("Content-Digest cannot be checked");
            }
            checked++;
        }
        if (checked == 0) {
            throw new CallbackRejected("Content-Digest has no sha-256 or sha-512 entry");
        }
    }

    private void checkFreshness(Map<String, String> params) throws CallbackRejected {
        Instant now = clock.instant();
        try {
            Instant created = Instant.ofEpochSecond(Long.parseLong(params.getOrDefault("created", "")));
            if (created.isBefore(now.minus(maxAge)) || created.isAfter(now.plus(CLOCK_SKEW))) {
                throw new CallbackRejected("the signature was made at " + created + ", outside the accepted window");
            }
            if (params.containsKey("expires")
                    && Instant.ofEpochSecond(Long.parseLong(params.get("expires"))).isBefore(now.minus(CLOCK_SKEW))) {
                throw new CallbackRejected("the signature has expired");
            }
        } catch (NumberFormatException e) {
            throw new CallbackRejected("the signature has no valid created time");
        }
    }

    private static byte[] signatureFor(String label, String header) throws CallbackRejected {
        Matcher entry = SIGNATURE.matcher(header);
        while (entry.find()) {
            if (entry.group(1).equals(label)) {
                try {
                    return Base64.getDecoder().decode(entry.group(2));
                } catch (IllegalArgumentException e) {
                    throw new CallbackRejected("Signature is not base64");
                }
            }
        }
        throw new CallbackRejected("no signature labelled " + label);
    }

    /** One line per covered component, then the signature parameters exactly as they were sent. */
    private static String base(CallbackRequest callback, List<String> components, String signatureParams)
            throws CallbackRejected {
        StringBuilder base = new StringBuilder();
        for (String component : components) {
            String value = switch (component) {
                case "@method" -> callback.method();
                case "@authority" -> callback.authority();
                case "@path" -> callback.path();
                default -> component.startsWith("@") ? null : callback.header(component);
            };
            if (value == null) {
                throw new CallbackRejected("the signature covers " + component + ", which this callback lacks");
            }
            base.append('"').append(component).append("\": ").append(value.strip()).append('\n');
        }
        return base.append("\"@signature-params\": ").append(signatureParams).toString();
    }

    private static boolean verifies(String alg, PublicKey key, byte[] base, byte[] signature) throws CallbackRejected {
        try {
            Signature verifier;
            byte[] encoded = signature;
            switch (alg) {
                case "ecdsa-p256-sha256" -> {
                    verifier = Signature.getInstance("SHA256withECDSA");
                    encoded = signature.length == 64 ? der(signature) : signature;
                }
                case "ecdsa-p384-sha384" -> {
                    verifier = Signature.getInstance("SHA384withECDSA");
                    encoded = signature.length == 96 ? der(signature) : signature;
                }
                case "rsa-v1_5-sha256" -> verifier = Signature.getInstance("SHA256withRSA");
                case "rsa-pss-sha512" -> {
                    verifier = Signature.getInstance("RSASSA-PSS");
                    verifier.setParameter(new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1));
                }
                default -> throw new CallbackRejected("unsupported signature algorithm " + alg);
            }
            verifier.initVerify(key);
            verifier.update(base);
            return verifier.verify(encoded);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * RFC 9421 sends ECDSA signatures as raw r‖s, pawaPay's own examples as DER; raw ones are
     * re-encoded as DER for the JDK.
     */
    static byte[] der(byte[] raw) {
        int half = raw.length / 2;
        byte[] r = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, half)).toByteArray();
        byte[] s = new BigInteger(1, java.util.Arrays.copyOfRange(raw, half, raw.length)).toByteArray();
        int length = 2 + r.length + 2 + s.length;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(0x30);
        if (length > 127) {
            out.write(0x81);
        }
        out.write(length);
        out.write(0x02);
        out.write(r.length);
        out.writeBytes(r);
        out.write(0x02);
        out.write(s.length);
        out.writeBytes(s);
        return out.toByteArray();
    }

    private static List<String> components(String inner) {
        List<String> names = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(inner);
        while (quoted.find()) {
            names.add(quoted.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return names;
    }

    private static Map<String, String> params(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher param = PARAM.matcher(text);
        while (param.find()) {
            String value = param.group(2);
            params.put(param.group(1), value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
        }
        return params;
    }

    private static String require(CallbackRequest callback, String header) throws CallbackRejected {
        String value = callback.header(header);
        if (value == null || value.isBlank()) {
            throw new CallbackRejected("no " + header + " header");
        }
        return value;
    }
}
