package com.pakashop.application.fraud;

import com.pakashop.domain.fraud.FraudCase;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The review queue. */
public interface FraudCases {

    void add(FraudCase fraudCase);

    Optional<FraudCase> byId(UUID id);

    Optional<FraudCase> byIdForUpdate(UUID id);

    /** Newest first, optionally in one status, before the case {@code before} (a cursor). */
    List<FraudCase> find(Optional<FraudCase.Status> status, Optional<UUID> before, int limit);

    /** An approved case covering any of these orders: the buyer may pay them without screening. */
    Optional<FraudCase> approvedFor(List<UUID> orderIds);

    FraudCase update(FraudCase before, FraudCase after);
}
