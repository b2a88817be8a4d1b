package com.pakashop.adapter.notifications;

import com.pakashop.application.notifications.Notification;
import com.pakashop.application.notifications.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes notifications to the log instead of sending them. One-time codes are shown only when
 * built for development; in production they are replaced by a mask, whatever the log level.
 */
public final class LoggingNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);

    private final boolean showOneTimeCodes;

    public LoggingNotifier(boolean showOneTimeCodes) {
        this.showOneTimeCodes = showOneTimeCodes;
    }

    @Override
    public void send(Notification notification) {
        Object secrets = showOneTimeCodes ? notification.secretValues() : notification.secretValues().keySet();
        log.info("Notification {} for user {}: {} {}", notification.kind(), notification.userId(), notification.values(),
                showOneTimeCodes ? "(dev only) " + secrets : "secrets withheld: " + secrets);
    }
}
