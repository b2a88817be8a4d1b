package com.pakashop.application.events;

import java.time.Instant;
import java.util.UUID;

/** Which handler has already finished which event: the guard that keeps redelivery harmless. */
public interface ProcessedEvents {

    boolean isProcessed(UUID eventId, String handler);

    void record(UUID eventId, String handler, Instant at);
}
