package com.pakashop.application.events;

import java.util.UUID;

/** One event on its way to one handler; {@code attempt} counts this try, starting at 1. */
public record Delivery(UUID id, OutboxEvent event, String handler, int attempt) {
}
