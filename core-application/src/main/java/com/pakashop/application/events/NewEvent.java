package com.pakashop.application.events;

import java.util.Map;
import java.util.Objects;

/**
 * An event a use case raises, before it has an id. The payload is flat text on purpose: amounts
 * travel as decimal strings and ids as strings, so every handler reads them the same way.
 */
public record NewEvent(String type, String aggregateId, Map<String, String> payload) {
    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        payload = Map.copyOf(payload);
        if (type.isBlank()) {
            throw new IllegalArgumentException("an event needs a type");
        }
    }
}
