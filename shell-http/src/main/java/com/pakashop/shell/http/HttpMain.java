package com.pakashop.shell.http;

import com.pakashop.bootstrap.BackgroundWork;
import com.pakashop.bootstrap.Logging;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.StartupFailure;
import com.pakashop.bootstrap.config.ConfigLoader;
import com.pakashop.bootstrap.config.InvalidConfiguration;
import com.pakashop.bootstrap.config.Mode;
import com.pakashop.bootstrap.config.PakashopConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code serve}: the API on PORT, with the worker embedded unless PAKASHOP_EMBEDDED_WORKER=false. */
public final class HttpMain {
    private static final Logger log = LoggerFactory.getLogger(HttpMain.class);

    private HttpMain() {
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        Logging.configure(Mode.of(environment));
        PakashopConfig config;
        Pakashop pakashop;
        try {
            config = new ConfigLoader().load(environment);
            pakashop = Pakashop.start(config);
        } catch (InvalidConfiguration | StartupFailure e) {
            log.error("Pakashop cannot start. {}", e.getMessage());
            System.exit(1);
            return;
        }
        HttpApp app = HttpApp.create(pakashop, List.of()).start("0.0.0.0", config.http().port());
        Optional<BackgroundWork> worker = config.worker().embedded() ? Optional.of(pakashop.backgroundWork()) : Optional.empty();
        worker.ifPresent(BackgroundWork::start);
        log.info("Pakashop API listening on port {} ({} mode, worker {})", app.port(), config.mode(),
                worker.isPresent() ? "embedded" : "separate");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutting down: finishing requests in flight, then stopping the worker");
            app.stop();
            worker.ifPresent(BackgroundWork::stop);
            pakashop.close();
        }, "pakashop-shutdown"));
    }
}
