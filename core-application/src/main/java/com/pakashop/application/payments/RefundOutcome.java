package com.pakashop.application.payments;

import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import java.util.Optional;

/** What a provider said of a refund, applied in one transaction by {@link SettlingRefunds}. */
public sealed interface RefundOutcome {

    record Taken(Optional<String> providerReference) implements RefundOutcome {
    }

    record Completed(Optional<String> providerReference) implements RefundOutcome {
    }

    record Failed(String why) implements RefundOutcome {
    }

    /** Nobody can tell yet whether money left: a person must look before anything is sent again. */
    record Unknowable(String why) implements RefundOutcome {
    }

    static Optional<RefundOutcome> of(TransferStart answer) {
        if (answer instanceof TransferStart.Accepted accepted) {
            return Optional.of(new Taken(accepted.providerReference()));
        }
        if (answer instanceof TransferStart.Completed completed) {
            return Optional.of(new Completed(completed.providerReference()));
        }
        if (answer instanceof TransferStart.Refused refused) {
            return Optional.of(new Failed(refused.code() + ": " + refused.message()));
        }
        return Optional.empty();
    }

    static Optional<RefundOutcome> of(TransferState state, Refund refund) {
        return switch (state.outcome()) {
            case COMPLETED -> Optional.of(new Completed(state.providerReference()));
            case FAILED -> Optional.of(new Failed(state.failure().orElse("the provider failed the refund")));
            case UNTRACEABLE -> Optional.of(new Unknowable(refund.provider() + " cannot find refund " + refund.id()
                    + " by our id; check its dashboard before refunding again"));
            case PENDING -> refund.status() == RefundStatus.REQUESTED
                    ? Optional.of(new Taken(state.providerReference())) : Optional.empty();
            case NOT_FOUND -> Optional.empty();
        };
    }
}
