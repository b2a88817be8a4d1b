package com.pakashop.shell.worker;

import com.pakashop.bootstrap.BackgroundWork;
import com.pakashop.bootstrap.Logging;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.StartupFailure;
import com.pakashop.bootstrap.config.ConfigLoader;
import com.pakashop.bootstrap.config.InvalidConfiguration;
import com.pakashop.bootstrap.config.Mode;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker on its own: outbox relay and recurring jobs, no HTTP. Run as many as you like;
 * jobs are claimed through PostgreSQL so each run happens once.
 */
public final class WorkerMain {
    private static final Logger log = LoggerFactory.getLogger(WorkerMain.class);

    private WorkerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> environment = System.getenv();
        Logging.configure(Mode.of(environment));
        Pakashop pakashop;
        try {
            pakashop = Pakashop.start(new ConfigLoader().load(environment));
        } catch (InvalidConfiguration | StartupFailure e) {
            log.error("Pakashop worker cannot start. {}", e.getMessage());
            System.exit(1);
            return;
        }
        BackgroundWork work = pakashop.backgroundWork();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Worker stopping: no new job runs; waiting for running ones");
            work.stop();
            pakashop.close();
            stopped.countDown();
        }, "pakashop-worker-shutdown"));
        work.start();
        log.info("Pakashop worker running jobs {}", work.jobNames());
        stopped.await();
    }
}
