package com.pakashop.adapter.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A page of a review queue (fraud cases, moderation cases): newest first, in one status or all,
 * after the id the previous page ended with. The queues share the shape, so they share the query.
 */
final class ReviewQueues {
    private ReviewQueues() {
    }

    static <T> List<T> page(JdbiTransactions tx, String table, String columns, Optional<? extends Enum<?>> status,
                            Optional<UUID> before, int limit, RowMapper<T> mapper) {
        return tx.withHandle(handle -> handle.createQuery("SELECT " + columns + " FROM " + table + """
                         WHERE (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
                          AND (CAST(:before AS uuid) IS NULL OR id < CAST(:before AS uuid))
                        ORDER BY id DESC LIMIT :limit""")
                .bind("status", status.map(Enum::name).orElse(null)).bind("before", before.orElse(null))
                .bind("limit", limit).map(mapper).list());
    }
}
