package com.pakashop.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Ceilings measured beside the API: a bare Javalin handler doing one primary-key read of a product
 * (for read benchmarks), or inserting one row (for write benchmarks such as webhooks), through
 * Jdbi and HikariCP, with none of our gateway or domain code.
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
        jdbi.useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS bench_writes (id uuid PRIMARY KEY, at timestamptz, body text)"));
        Javalin.create(cfg -> {
            cfg.routes.post("/api/v1/writes", ctx -> {
                UUID id = UUID.randomUUID();
                String body = ctx.body();
                jdbi.useHandle(h -> h.execute("INSERT INTO bench_writes (id, at, body) VALUES (?, now(), ?)", id, body));
                ctx.json(Map.of("id", id.toString()));
            });
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
