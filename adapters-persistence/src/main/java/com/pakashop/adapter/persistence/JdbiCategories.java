package com.pakashop.adapter.persistence;


import com.pakashop.application.catalog.Categories;
import com.pakashop.domain.catalog.Category;
import com.pakashop.domain.shared.Conflict;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The category tree; small enough to read whole. */
public final class JdbiCategories implements Categories {
    private final JdbiTransactions tx;
    private final Clock clock;

    public JdbiCategories(JdbiTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void add(Category category) {
        try {
            tx.withHandle(handle -> handle.createUpdate("""
                            INSERT INTO categories (id, parent_id, name, slug, created_at)
                            VALUES (:id, CAST(:parent AS uuid), :name, :slug, :at)""")
                    .bind("id", category.id()).bind("parent", category.parentId().orElse(null))
                    .bind("name", category.name()).bind("slug", category.slug()).bind("at", clock.instant())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (JdbiUsers.sqlState(e).equals(JdbiUsers.UNIQUE_VIOLATION)) {
                throw new Conflict("A category with slug " + category.slug() + " exists already");
            }
            throw e;
        }
    }

    @Override
    public Optional<Category> byId(UUID id) {
        return tx.withHandle(handle -> handle.createQuery("SELECT id, parent_id, name, slug FROM categories WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> category(rs)).findOne());
    }

    @Override
    public List<Category> all() {
        return tx.withHandle(handle -> handle.createQuery("SELECT id, parent_id, name, slug FROM categories ORDER BY name")
                .map((rs, ctx) -> category(rs)).list());
    }

    private static Category category(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Category(rs.getObject("id", UUID.class), Optional.ofNullable(rs.getObject("parent_id", UUID.class)),
                rs.getString("name"), rs.getString("slug"));
    }
}
