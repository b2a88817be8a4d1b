package com.pakashop.application.tracking;

import com.pakashop.domain.tracking.Fix;
import java.util.Optional;

/** Turns an agent's noisy GPS fixes into a smooth track, one fix at a time. Pure computation: no I/O. */
public interface LocationSmoother {

    /** {@code state} is empty for a delivery's first fix. */
    Smoothing smooth(Optional<FilterState> state, Fix fix);
}
