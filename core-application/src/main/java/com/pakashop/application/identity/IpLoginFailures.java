package com.pakashop.application.identity;

import java.time.Instant;
import java.util.Optional;

/** Failed logins counted per caller IP, so one address cannot try many accounts quickly. */
public interface IpLoginFailures {

    Optional<Instant> lockedUntil(String ip);

    /** Counts a failure and returns the new consecutive count. */
    int recordFailure(String ip, Instant at);

    void lock(String ip, Instant until);

    void clear(String ip);
}
