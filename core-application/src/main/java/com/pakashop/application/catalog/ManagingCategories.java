package com.pakashop.application.catalog;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.Category;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.ValidationFailed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Staff grow the category tree; everyone reads it. */
public final class ManagingCategories {
    private final Categories categories;
    private final Transactions tx;
    private final Auditing audit;
    private final Ids ids;

    public ManagingCategories(Categories categories, Transactions tx, Auditing audit, Ids ids) {
        this.categories = categories;
        this.tx = tx;
        this.audit = audit;
        this.ids = ids;
    }

    public Category add(Principal caller, Optional<UUID> parentId, String name, String slug, RequestContext context) {
        caller.require(Permission.CATEGORIES_MANAGE);
        Category category = Category.of(ids.next(), parentId, name, slug);
        return tx.inTransaction(() -> {
            if (parentId.isPresent() && categories.byId(parentId.get()).isEmpty()) {
                throw ValidationFailed.of("parentId", "is not a category");
            }
            categories.add(category);
            audit.record("CATEGORY_ADDED", caller.describe(), "category:" + category.id(), context,
                    Map.of("slug", category.slug()));
            return category;
        });
    }

    public List<Category> tree() {
        return categories.all();
    }
}
