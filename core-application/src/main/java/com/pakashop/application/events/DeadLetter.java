package com.pakashop.application.events;

import java.time.Instant;
import java.util.UUID;

/** A delivery that failed on its last allowed attempt and now waits for an operator. */
public record DeadLetter(UUID deliveryId, UUID eventId, String eventType, String handler, int attempts,
                         String lastError, Instant failedAt) {
}
