package com.pakashop.bootstrap;

import com.pakashop.application.jobs.JobScheduler;
import com.pakashop.application.jobs.RecurringJob;
import java.util.List;

/** The worker's recurring jobs; started by the worker shell, or inside the HTTP process. */
public final class BackgroundWork {
    private final JobScheduler scheduler;
    private final List<RecurringJob> jobs;

    BackgroundWork(JobScheduler scheduler, List<RecurringJob> jobs) {
        this.scheduler = scheduler;
        this.jobs = List.copyOf(jobs);
    }

    public List<String> jobNames() {
        return jobs.stream().map(RecurringJob::name).toList();
    }

    public void start() {
        scheduler.start(jobs);
    }

    /** Stops taking new runs and waits, up to the configured shutdown grace, for the running ones. */
    public void stop() {
        scheduler.stop();
    }
}
