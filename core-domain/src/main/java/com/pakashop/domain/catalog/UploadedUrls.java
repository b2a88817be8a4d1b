package com.pakashop.domain.catalog;

import com.pakashop.domain.shared.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The https URLs of uploaded files that shop profiles and vendor applications carry. */
final class UploadedUrls {
    static final int MAX_DOCUMENTS = 10;

    private UploadedUrls() {
    }

    /** KYC documents: at most ten https URLs; each bad one is an error naming its index. */
    static List<URI> documents(List<String> given, Validation errors) {
        List<String> urls = given == null ? List.of() : given;
        if (urls.size() > MAX_DOCUMENTS) {
            errors.add("kycDocumentUrls", "at most " + MAX_DOCUMENTS + " documents");
        }
        List<URI> documents = new ArrayList<>();
        for (int i = 0; i < urls.size() && i < MAX_DOCUMENTS; i++) {
            Optional<URI> uri = https(urls.get(i));
            if (uri.isEmpty()) {
                errors.add("kycDocumentUrls[" + i + "]", "must be an https URL");
            } else {
                documents.add(uri.get());
            }
        }
        return documents;
    }

    static Optional<URI> https(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            return "https".equals(uri.getScheme()) && uri.getHost() != null && value.length() <= 500
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
