package com.pakashop.domain.catalog;

import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.ValidationFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A node of the category tree staff maintain; products hang on any node. */
public record Category(UUID id, Optional<UUID> parentId, String name, String slug) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    public static Category of(UUID id, Optional<UUID> parentId, String name, String slug) {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        String cleanSlug = slug == null ? "" : slug.strip();
        if (cleanName.isEmpty() || cleanName.length() > 60) {
            errors.add(new FieldError("name", "is required, at most 60 characters"));
        }
        if (!SLUG.matcher(cleanSlug).matches()) {
            errors.add(new FieldError("slug", "must be 1-60 lower-case letters, digits or dashes"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Category(id, parentId, cleanName, cleanSlug);
    }
}
