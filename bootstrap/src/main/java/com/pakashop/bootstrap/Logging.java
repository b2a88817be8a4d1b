package com.pakashop.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import com.pakashop.bootstrap.config.Mode;
import java.net.URL;
import org.slf4j.LoggerFactory;

/** Readable lines in dev, JSON lines in prod; chosen once, first thing in every shell's main. */
public final class Logging {
    private Logging() {
    }

    /** For the CLI: its output is for people, so libraries only speak up about trouble. */
    public static void quiet() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    public static void configure(Mode mode) {
        if (mode == Mode.DEV) {
            return;
        }
        URL json = Logging.class.getResource("/logback-prod.xml");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(json);
        } catch (JoranException e) {
            throw new IllegalStateException("logback-prod.xml is broken", e);
        }
    }
}
