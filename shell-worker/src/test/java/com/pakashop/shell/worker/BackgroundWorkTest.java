package com.pakashop.shell.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.events.PayoutReported;
import com.pakashop.bootstrap.BackgroundWork;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.config.ConfigLoader;
import com.pakashop.testkit.TestDatabase;
import com.pakashop.testkit.TestTimeouts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    @Test
    void theRunningWorkerRelaysEventsWrittenByAUseCase() throws Exception {
        Map<String, String> env = Map.of(
                "DATABASE_URL", TestDatabase.shared().databaseUrl(),
                "PAKASHOP_WORKER_POLL_MILLIS", "100",
                "PAKASHOP_SHUTDOWN_GRACE_SECONDS", "5");
        try (Pakashop pakashop = Pakashop.start(new ConfigLoader().load(env))) {
            BackgroundWork work = pakashop.backgroundWork();
            assertThat(work.jobNames()).containsExactly("outbox-relay", "purge-expired-rows", "expire-unpaid-orders",
                    "expire-loyalty-points", "recheck-payments", "recheck-refunds", "transmit-invoices", "settle-payouts",
                    "reconcile-daily", "purge-track-fixes");
            work.start();
            try {
                OutboxEvent event = pakashop.transactions().inTransaction(() ->
                        pakashop.outbox().append(new PayoutReported(UUID.randomUUID(), "MOCK")));

                await().atMost(TestTimeouts.EVENTUALLY).until(() -> dispatched(event));
            } finally {
                work.stop();
            }
        }
    }

    private static boolean dispatched(OutboxEvent event) throws Exception {
        try (Connection c = TestDatabase.shared().connect();
             PreparedStatement s = c.prepareStatement("SELECT dispatched_at IS NOT NULL FROM outbox_events WHERE id = ?")) {
            s.setObject(1, event.id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
