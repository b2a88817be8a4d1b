package com.pakashop.benchmarks;

import com.pakashop.application.payments.PaymentScreening;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.config.ConfigLoader;
import com.pakashop.bootstrap.config.PakashopConfig;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Money;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What fraud screening adds to one payment initiation, measured in-process on the benchmark's own
 * database and Redis: the screening call alone (three Redis counter scripts, the buyer's history,
 * the shops, the rules), inside a transaction as InitiatingPayments makes it, one caller at a time,
 * interleaved with the same transaction doing no screening, so both see the same machine.
 * Configured from the environment like the API. Argument: how many attempts.
 */
public final class FraudScreeningLatency {
    public static void main(String[] args) {
        int attempts = Integer.parseInt(args[0]);
        PakashopConfig config = new ConfigLoader().load(System.getenv());
        try (Pakashop pakashop = Pakashop.connect(config)) {
            PaymentScreening screening = pakashop.trust().screening();
            List<Attempt> sample = sample(config);
            PaymentScreening none = ignored -> true;
            List<Long> nanos = new ArrayList<>();
            List<Long> baseline = new ArrayList<>();
            for (int i = 0; i < attempts + 1_000; i++) {
                Attempt a = sample.get(i % sample.size());
                PaymentScreening.PaymentAttempt attempt = new PaymentScreening.PaymentAttempt(a.buyer(), List.of(a.order()),
                        List.of(a.shop()), Money.zmw(a.total()), Optional.of(new PhoneNumber(String.format("+26097%07d",
                        i % 10_000_000))), "10.0." + (i % 250) + "." + (i % 200));
                long started = System.nanoTime();
                pakashop.transactions().inTransaction(() -> screening.clears(attempt));
                long screened = System.nanoTime() - started;
                started = System.nanoTime();
                pakashop.transactions().inTransaction(() -> none.clears(attempt));
                long bare = System.nanoTime() - started;
                if (i >= 1_000) {
                    nanos.add(screened);
                    baseline.add(bare);
                }
            }
            Collections.sort(nanos);
            Collections.sort(baseline);
            System.out.printf("screening one initiation, %d attempts after 1,000 warm-up: p50 %.2f ms, p99 %.2f ms,"
                            + " p99.9 %.2f ms; the same transaction without screening, interleaved: p50 %.2f ms,"
                            + " p99 %.2f ms%n", nanos.size(), at(nanos, 0.50), at(nanos, 0.99), at(nanos, 0.999),
                    at(baseline, 0.50), at(baseline, 0.99));
        }
    }

    /** A thousand real orders of the benchmark's database, read with plain JDBC. */
    private static List<Attempt> sample(PakashopConfig config) {
        List<Attempt> sample = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(config.database().jdbcUrl(), config.database().user(),
                config.database().password().reveal());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT id, buyer_id, shop_id, total FROM orders ORDER BY random() LIMIT 1000")) {
            while (rs.next()) {
                sample.add(new Attempt(rs.getObject("id", UUID.class), rs.getObject("buyer_id", UUID.class),
                        rs.getObject("shop_id", UUID.class), rs.getLong("total")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read sample orders", e);
        }
        return sample;
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private record Attempt(UUID order, UUID buyer, UUID shop, long total) {
    }
}
