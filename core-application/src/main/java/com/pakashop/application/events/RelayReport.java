package com.pakashop.application.events;

/** What one pass of the relay did, for logs and tests. */
public record RelayReport(int dispatched, int delivered, int retried, int dead) {
}
