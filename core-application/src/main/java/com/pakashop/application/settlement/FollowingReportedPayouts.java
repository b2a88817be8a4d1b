package com.pakashop.application.settlement;

import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.EventTypes;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.events.PayoutReported;

/**
 * A provider called back about a payout: settlement asks the provider where that payout stands
 * (the callback is only a trigger) and applies the answer. A payout that is not ours is ignored.
 */
public final class FollowingReportedPayouts implements EventHandler {
    private final PayingOut payingOut;

    public FollowingReportedPayouts(PayingOut payingOut) {
        this.payingOut = payingOut;
    }

    @Override
    public String name() {
        return "follow-reported-payouts";
    }

    @Override
    public boolean handles(String eventType) {
        return EventTypes.nameOf(PayoutReported.class).equals(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        payingOut.advance(event.as(PayoutReported.class).payoutId());
    }
}
