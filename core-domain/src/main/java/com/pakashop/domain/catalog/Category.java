package com.pakashop.domain.catalog;

import com.pakashop.domain.shared.Validation;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A node of the category tree staff maintain; products hang on any node. */
public record Category(UUID id, Optional<UUID> parentId, String name, String slug) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    public static Category of(UUID id, Optional<UUID> parentId, String name, String slug) {
        Validation errors = new Validation();
        String cleanName = name == null ? "" : name.strip();
        String cleanSlug = slug == null ? "" : slug.strip();
        if (cleanName.isEmpty() || cleanName.length() > 60) {
            errors.add("name", "is required, at most 60 characters");
        }
        if (!SLUG.matcher(cleanSlug).matches()) {
            errors.add("slug", "must be 1-60 lower-case letters, digits or dashes");
        }
        errors.throwIfInvalid();
        return new Category(id, parentId, cleanName, cleanSlug);
    }
}
