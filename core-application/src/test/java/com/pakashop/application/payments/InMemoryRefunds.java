package com.pakashop.application.payments;

import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.shared.Conflict;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link Refunds} in a map, keeping the promises {@link RefundsContract} checks, one refund in flight per payment among them. */
public final class InMemoryRefunds implements Refunds {
    private static final Set<RefundStatus> IN_FLIGHT = EnumSet.of(RefundStatus.REQUESTED, RefundStatus.PENDING,
            RefundStatus.UNCERTAIN);
    private static final Comparator<Refund> OLDEST_FIRST = Comparator.comparing(Refund::createdAt)
            .thenComparing(Refund::id);

    private final Map<UUID, Refund> refunds = new LinkedHashMap<>();
    private final Map<UUID, String> requestKeys = new HashMap<>();

    @Override
    public void add(Refund refund, String requestKey) {
        if (byRequestKey(refund.paymentId(), requestKey).isPresent()) {
            throw new Conflict("payment " + refund.paymentId() + " already has a refund for " + requestKey);
        }
        if (IN_FLIGHT.contains(refund.status()) && refunds.values().stream()
                .anyMatch(r -> r.paymentId().equals(refund.paymentId()) && IN_FLIGHT.contains(r.status()))) {
            throw new Conflict("payment " + refund.paymentId() + " already has a refund in flight");
        }
        refunds.put(refund.id(), refund);
        requestKeys.put(refund.id(), requestKey);
    }

    @Override
    public Optional<Refund> byId(UUID id) {
        return Optional.ofNullable(refunds.get(id));
    }

    @Override
    public Optional<Refund> byIdForUpdate(UUID id) {
        return byId(id);
    }

    @Override
    public Optional<Refund> byRequestKey(UUID paymentId, String requestKey) {
        return refunds.values().stream().filter(r -> r.paymentId().equals(paymentId)
                && requestKey.equals(requestKeys.get(r.id()))).findFirst();
    }

    @Override
    public List<Refund> ofPayment(UUID paymentId) {
        return refunds.values().stream().filter(r -> r.paymentId().equals(paymentId)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Refund> ofOrder(UUID orderId) {
        return refunds.values().stream().filter(r -> r.orderId().equals(orderId)).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public Refund update(Refund before, Refund after) {
        Refund stored = refunds.get(after.id());
        if (stored == null || stored.version() != before.version()) {
            throw new Conflict("Refund " + after.id() + " was changed meanwhile; try again");
        }
        Refund saved = new Refund(after.id(), after.paymentId(), after.orderId(), after.amount(), after.cause(),
                after.reason(), after.requestedBy(), after.provider(), after.providerReference(), after.status(),
                after.failure(), after.createdAt(), after.updatedAt(), before.version() + 1);
        refunds.put(saved.id(), saved);
        return saved;
    }

    @Override
    public List<Refund> awaitingProviderSince(Instant since, int limit) {
        return refunds.values().stream()
                .filter(r -> (r.status() == RefundStatus.REQUESTED || r.status() == RefundStatus.PENDING)
                        && r.updatedAt().isBefore(since))
                .sorted(Comparator.comparing(Refund::updatedAt)).limit(limit).toList();
    }
}
