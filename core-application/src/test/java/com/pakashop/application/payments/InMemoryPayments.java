package com.pakashop.application.payments;

import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.shared.Conflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** {@link Payments} in a map, keeping the port's promises that {@link PaymentsContract} checks. */
public final class InMemoryPayments implements Payments {
    private final Map<UUID, Payment> payments = new LinkedHashMap<>();
    private final Set<String> deliveries = new HashSet<>();

    @Override
    public void lockBuyer(UUID buyerId) {
    }

    @Override
    public void add(Payment payment) {
        if (payments.putIfAbsent(payment.id(), payment) != null) {
            throw new IllegalStateException("payment " + payment.id() + " exists");
        }
    }

    @Override
    public Optional<Payment> byId(UUID id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public Optional<Payment> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Optional<Payment> awaitingProviderFor(List<UUID> orderIds) {
        return newestFirst().filter(p -> p.status().awaitingProvider())
                .filter(p -> p.orders().stream().anyMatch(share -> orderIds.contains(share.orderId()))).findFirst();
    }

    @Override
    public Optional<Payment> latestFor(UUID orderId) {
        return newestFirst().filter(p -> p.orders().stream().anyMatch(share -> share.orderId().equals(orderId)))
                .findFirst();
    }

    @Override
    public Payment update(Payment before, Payment after) {
        Payment stored = payments.get(after.id());
        if (stored == null || stored.version() != before.version()) {
            throw new Conflict("Payment " + after.id() + " was changed meanwhile; try again");
        }
        Payment saved = new Payment(after.id(), after.buyerId(), after.orders(), after.amount(), after.method(),
                after.payer(), after.provider(), after.providerReference(), after.redirectUrl(), after.status(),
                after.failure(), after.refunded(), after.createdAt(), after.updatedAt(), before.version() + 1);
        payments.put(saved.id(), saved);
        return saved;
    }

    @Override
    public boolean firstDelivery(ProviderEvent event, String outcome, Instant at) {
        return deliveries.add(event.provider() + "/" + event.eventId());
    }

    @Override
    public List<Payment> awaitingProviderSince(Instant since, int limit) {
        List<Payment> waiting = new ArrayList<>(payments.values().stream()
                .filter(p -> p.status() == PaymentStatus.INITIATED || p.status() == PaymentStatus.PENDING)
                .filter(p -> p.createdAt().isBefore(since)).toList());
        waiting.sort(Comparator.comparing(Payment::createdAt));
        return waiting.subList(0, Math.min(limit, waiting.size()));
    }

    private Stream<Payment> newestFirst() {
        return payments.values().stream().sorted(Comparator.comparing(Payment::createdAt)
                .thenComparing(Payment::id).reversed());
    }
}
