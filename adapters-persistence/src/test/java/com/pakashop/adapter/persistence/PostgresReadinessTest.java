package com.pakashop.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.pakashop.application.health.ComponentHealth.Status;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.testkit.TcpProxy;
import com.pakashop.testkit.TestDatabase;
import com.pakashop.testkit.TestTimeouts;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostgresReadinessTest {

    @Test
    void readinessFollowsTheDatabaseGoingAwayAndComingBack() throws Exception {
        MigratedDatabase.get();
        TestDatabase test = TestDatabase.shared();
        try (TcpProxy proxy = new TcpProxy(test.host(), test.port());
             PostgresDatabase db = MigratedDatabase.open(test.jdbcUrl(proxy.host(), proxy.port()))) {
            JdbiTransactions tx = new JdbiTransactions(db.jdbi());
            PostgresReadiness readiness = new PostgresReadiness(tx);
            assertThat(readiness.check().status()).isEqualTo(Status.UP);

            proxy.cut();
            assertThat(readiness.check().status()).isEqualTo(Status.DOWN);
            assertThatThrownBy(() -> tx.inTransaction(() -> tx.withHandle(h -> h.execute("SELECT 1"))))
                    .isInstanceOf(DependencyUnavailable.class);

            proxy.restore();
            await().atMost(TestTimeouts.EVENTUALLY).until(() -> readiness.check().status() == Status.UP);
        }
    }

    @Test
    void anUnreachableDatabaseAtStartUpNamesHostAndPort() {
        assertThatThrownBy(() -> MigratedDatabase.open("jdbc:postgresql://127.0.0.1:1/nowhere"))
                .isInstanceOf(DatabaseUnreachable.class)
                .hasMessageStartingWith("PostgreSQL at 127.0.0.1:1 is not reachable");
    }
}
