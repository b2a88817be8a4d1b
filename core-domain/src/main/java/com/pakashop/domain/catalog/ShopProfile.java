package com.pakashop.domain.catalog;

import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Validation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a vendor says about their shop. Built only through {@link #of}, which checks every field
 * and reports all problems at once, so a shop never holds an unchecked value.
 */
public record ShopProfile(String name, String slug, String town, String district, PhoneNumber contactPhone,
                          PhoneNumber payoutNumber, MobileNetwork payoutNetwork, Optional<String> tpin,
                          Optional<String> branchId, List<URI> kycDocuments, Optional<URI> logo) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])");
    private static final Pattern TPIN = Pattern.compile("\\d{10}");

    public ShopProfile {
        kycDocuments = List.copyOf(kycDocuments);
    }

    /** The same profile without its logo: what is left when moderation rejects the logo. */
    public ShopProfile withoutLogo() {
        return new ShopProfile(name, slug, town, district, contactPhone, payoutNumber, payoutNetwork, tpin, branchId,
                kycDocuments, Optional.empty());
    }

    public static ShopProfile of(String name, String slug, String town, String district, String contactPhone,
                                 String payoutNumber, String payoutNetwork, String tpin, String branchId,
                                 List<String> kycDocuments, String logoUrl) {
        Validation errors = new Validation();
        String cleanName = text(name);
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            errors.add("name", "is required, at most 100 characters");
        }
        String cleanSlug = text(slug).toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(cleanSlug).matches()) {
            errors.add("slug", "must be 3-60 lower-case letters, digits or dashes, not starting or ending with a dash");
        }
        if (text(town).isEmpty() || text(town).length() > 60) {
            errors.add("town", "is required, at most 60 characters");
        }
        if (text(district).isEmpty() || text(district).length() > 60) {
            errors.add("district", "is required, at most 60 characters");
        }
        Optional<PhoneNumber> contact = PhoneNumber.parse(contactPhone);
        if (contact.isEmpty()) {
            errors.add("contactPhone", "must be a Zambian mobile number");
        }
        Optional<PhoneNumber> payout = PhoneNumber.parse(payoutNumber);
        Optional<MobileNetwork> network = parseNetwork(payoutNetwork);
        if (payout.isEmpty()) {
            errors.add("payoutNumber", "must be a Zambian mobile-money number");
        }
        if (network.isEmpty()) {
            errors.add("payoutNetwork", "must be MTN, AIRTEL or ZAMTEL");
        }
        if (payout.isPresent() && network.isPresent() && !MobileNetwork.of(payout.get()).equals(network)) {
            errors.add("payoutNetwork", "does not match the number's network"
                    + MobileNetwork.of(payout.get()).map(n -> " (" + n + ")").orElse(""));
        }
        Optional<String> cleanTpin = optional(tpin);
        if (cleanTpin.isPresent() && !TPIN.matcher(cleanTpin.get()).matches()) {
            errors.add("tpin", "must be exactly 10 digits");
        }
        Optional<String> cleanBranch = optional(branchId);
        if (cleanBranch.map(b -> b.length() > 20).orElse(false)) {
            errors.add("branchId", "must be at most 20 characters");
        }
        List<URI> documents = UploadedUrls.documents(kycDocuments, errors);
        Optional<URI> logo = optional(logoUrl).flatMap(UploadedUrls::https);
        if (optional(logoUrl).isPresent() && logo.isEmpty()) {
            errors.add("logoUrl", "must be an https URL of an uploaded image");
        }
        errors.throwIfInvalid();
        return new ShopProfile(cleanName, cleanSlug, text(town), text(district), contact.get(), payout.get(),
                network.get(), cleanTpin, cleanBranch, documents, logo);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Optional<String> optional(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<MobileNetwork> parseNetwork(String value) {
        try {
            return Optional.of(MobileNetwork.valueOf(text(value).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
