package com.pakashop.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pakashop.application.jobs.RecurringJob;
import com.pakashop.testkit.TestTimeouts;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DbSchedulerJobsTest {

    @Test
    void aRecurringJobRunsAgainAndNeverTwiceAtOnceAcrossTwoWorkers() {
        PostgresDatabase db = MigratedDatabase.get();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        Runnable body = () -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            runs.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        };
        List<RecurringJob> jobs = List.of(new RecurringJob("test-overlap", Duration.ofMillis(100), body));
        DbSchedulerJobs first = new DbSchedulerJobs(db.dataSource(), Duration.ofMillis(100), 2, Duration.ofSeconds(5));
        DbSchedulerJobs second = new DbSchedulerJobs(db.dataSource(), Duration.ofMillis(100), 2, Duration.ofSeconds(5));
        first.start(jobs);
        second.start(jobs);
        try {
            await().atMost(TestTimeouts.EVENTUALLY).until(() -> runs.get() >= 5);
        } finally {
            first.stop();
            second.stop();
        }

        assertThat(overlaps.get()).isZero();
    }

    @Test
    void aStoppedSchedulerTakesNoMoreRuns() {
        PostgresDatabase db = MigratedDatabase.get();
        AtomicInteger runs = new AtomicInteger();
        DbSchedulerJobs jobs = new DbSchedulerJobs(db.dataSource(), Duration.ofMillis(100), 1, Duration.ofSeconds(5));
        jobs.start(List.of(new RecurringJob("test-stop", Duration.ofMillis(100), runs::incrementAndGet)));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> runs.get() >= 2);

        jobs.stop();
        int afterStop = runs.get();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> runs.get() == afterStop);
    }
}
