package com.pakashop.application.jobs;

import java.util.List;

/**
 * Runs recurring jobs so that, across every worker process, each run of a job happens once.
 * Stopping stops taking new runs and waits, up to a bound the implementation is built with,
 * for the running ones.
 */
public interface JobScheduler {

    void start(List<RecurringJob> jobs);

    void stop();
}
