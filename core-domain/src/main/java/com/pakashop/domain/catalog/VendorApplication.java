package com.pakashop.domain.catalog;

import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Validation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A registered user's request to sell: the business, where it is, its TPIN, the number payouts go
 * to, and the KYC documents uploaded through the signed-upload flow. Staff approve it (the user
 * becomes a VENDOR and may open shops) or reject it with a reason; either decision is final.
 */
public record VendorApplication(UUID id, UUID userId, String businessName, String town, String tpin,
                                PhoneNumber payoutNumber, MobileNetwork payoutNetwork, List<URI> kycDocuments,
                                Status status, Optional<String> decidedBy, Optional<String> decisionNote,
                                Optional<Instant> decidedAt, Instant createdAt, int version) {
    private static final Pattern TPIN = Pattern.compile("\\d{10}");

    public enum Status { PENDING, APPROVED, REJECTED }

    public VendorApplication {
        kycDocuments = List.copyOf(kycDocuments);
    }

    /** Validates every field together, naming each that is wrong. */
    public static VendorApplication submit(UUID id, UUID userId, String businessName, String town, String tpin,
                                           String payoutNumber, List<String> kycDocumentUrls, Instant now) {
        Validation errors = new Validation();
        String name = text(businessName);
        if (name.isEmpty() || name.length() > 120) {
            errors.add("businessName", "is required, at most 120 characters");
        }
        String cleanTown = text(town);
        if (cleanTown.isEmpty() || cleanTown.length() > 60) {
            errors.add("town", "is required, at most 60 characters");
        }
        String cleanTpin = text(tpin);
        if (!TPIN.matcher(cleanTpin).matches()) {
            errors.add("tpin", "must be the business's 10-digit ZRA TPIN");
        }
        Optional<PhoneNumber> payout = PhoneNumber.parse(payoutNumber);
        Optional<MobileNetwork> network = payout.flatMap(MobileNetwork::of);
        if (network.isEmpty()) {
            errors.add("payoutNumber", "must be a Zambian mobile-money number (MTN, Airtel or Zamtel)");
        }
        if (kycDocumentUrls == null || kycDocumentUrls.isEmpty()) {
            errors.add("kycDocumentUrls", "list 1 to " + UploadedUrls.MAX_DOCUMENTS + " uploaded documents");
        }
        List<URI> documents = UploadedUrls.documents(kycDocumentUrls, errors);
        errors.throwIfInvalid();
        return new VendorApplication(id, userId, name, cleanTown, cleanTpin, payout.get(), network.get(), documents,
                Status.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), now, 0);
    }

    public VendorApplication approved(String by, Optional<String> note, Instant now) {
        return decided(Status.APPROVED, by, note, now);
    }

    public VendorApplication rejected(String by, String reason, Instant now) {
        return decided(Status.REJECTED, by, Optional.of(reason), now);
    }

    private VendorApplication decided(Status next, String by, Optional<String> note, Instant now) {
        if (status != Status.PENDING) {
            throw new Conflict("Vendor application " + id + " was already " + status);
        }
        return new VendorApplication(id, userId, businessName, town, tpin, payoutNumber, payoutNetwork, kycDocuments,
                next, Optional.of(by), note, Optional.of(now), createdAt, version);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
