package com.pakashop.domain.fraud;

import java.util.Optional;

/** One rule: a reason when the attempt looks risky in its way, nothing otherwise. */
public interface FraudRule {

    String name();

    Optional<Reason> evaluate(Signals signals);
}
