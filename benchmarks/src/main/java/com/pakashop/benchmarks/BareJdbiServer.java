package com.pakashop.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The ceiling for read benchmarks: a bare Javalin handler doing one primary-key read of a product
 * through Jdbi and HikariCP, with none of our gateway or domain code.
 * Arguments: port, JDBC URL, user.
 */
public final class BareJdbiServer {
    private BareJdbiServer() {
    }

    public static void main(String[] args) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[1]);
        config.setUsername(args[2]);
        config.setMaximumPoolSize(10);
        Jdbi jdbi = Jdbi.create(new HikariDataSource(config));
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/api/v1/products/{id}", ctx -> {
                UUID id = UUID.fromString(ctx.pathParam("id"));
                Map<String, Object> row = jdbi.withHandle(h -> h.createQuery(
                                "SELECT id, title, price_minor, stock FROM products WHERE id = :id")
                        .bind("id", id).mapToMap().one());
                ctx.json(row);
            });
        }).start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
