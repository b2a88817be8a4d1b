package com.pakashop.shell.http;

import static com.pakashop.shell.http.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pakashop.testkit.TcpProxy;
import com.pakashop.testkit.TestDatabase;
import com.pakashop.testkit.TestTimeouts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void losingTheDatabaseTurnsReadinessAndDatabaseRoutesTo503AndTheServiceRecoversByItself() throws Exception {
        TestDatabase db = TestDatabase.shared();
        try (TcpProxy proxy = new TcpProxy(db.host(), db.port())) {
            Map<String, String> env = RunningApp.environment();
            env.put("DATABASE_URL", "postgresql://" + db.user() + "@" + proxy.host() + ":" + proxy.port() + "/" + db.name());
            try (RunningApp app = RunningApp.start(env)) {
                assertThat(app.get("/api/v1/health/ready").statusCode()).isEqualTo(200);

                proxy.cut();

                HttpResponse<String> ready = app.get("/api/v1/health/ready");
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("database");
                HttpResponse<String> needsDatabase = app.get("/api/v1/internal/outbox/dead-letters", RunningApp.internal());
                assertThat(needsDatabase.statusCode()).isEqualTo(503);
                assertProblem(needsDatabase, "dependency-unavailable");
                assertThat(app.get("/api/v1/health/live").statusCode()).isEqualTo(200);

                proxy.restore();

                await().atMost(TestTimeouts.EVENTUALLY).until(() -> app.get("/api/v1/health/ready").statusCode() == 200);
                assertThat(app.get("/api/v1/internal/outbox/dead-letters", RunningApp.internal()).statusCode()).isEqualTo(200);
            }
        }
    }
}
