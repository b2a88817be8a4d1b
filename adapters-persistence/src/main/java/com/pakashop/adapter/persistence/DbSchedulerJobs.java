package com.pakashop.adapter.persistence;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.pakashop.application.jobs.JobScheduler;
import com.pakashop.application.jobs.RecurringJob;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * Recurring jobs on db-scheduler: each job is one row in {@code scheduled_tasks}, picked by one
 * worker at a time through an optimistic-locked update, so any number of workers can run.
 */
public final class DbSchedulerJobs implements JobScheduler {
    private final DataSource dataSource;
    private final Duration pollingInterval;
    private final int threads;
    private final Duration shutdownGrace;
    private Scheduler scheduler;

    public DbSchedulerJobs(DataSource dataSource, Duration pollingInterval, int threads, Duration shutdownGrace) {
        this.dataSource = dataSource;
        this.pollingInterval = pollingInterval;
        this.threads = threads;
        this.shutdownGrace = shutdownGrace;
    }

    @Override
    public synchronized void start(List<RecurringJob> jobs) {
        if (scheduler != null) {
            throw new IllegalStateException("jobs already started");
        }
        List<RecurringTask<Void>> tasks = jobs.stream()
                .map(job -> Tasks.recurring(job.name(), FixedDelay.of(job.interval()))
                        .execute((instance, context) -> job.body().run()))
                .toList();
        scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .pollingInterval(pollingInterval)
                .threads(threads)
                .shutdownMaxWait(shutdownGrace)
                .build();
        scheduler.start();
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }
}
