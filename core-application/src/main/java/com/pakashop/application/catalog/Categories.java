package com.pakashop.application.catalog;

import com.pakashop.domain.catalog.Category;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The category tree. */
public interface Categories {

    /** Throws Conflict when the slug is taken. */
    void add(Category category);

    Optional<Category> byId(UUID id);

    List<Category> all();
}
