package com.pakashop.adapter.persistence;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Instants bound and read as {@code timestamptz} in UTC, registered once on the Jdbi instance, so
 * no store converts by hand and none can depend on the JVM's time zone.
 */
final class UtcInstants extends AbstractArgumentFactory<Instant> {

    private UtcInstants() {
        super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    static Jdbi registerOn(Jdbi jdbi) {
        return jdbi.registerArgument(new UtcInstants())
                .registerColumnMapper(Instant.class, (rs, column, ctx) -> {
                    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
                    return at == null ? null : at.toInstant();
                });
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
        return (position, statement, ctx) -> statement.setObject(position, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }
}
