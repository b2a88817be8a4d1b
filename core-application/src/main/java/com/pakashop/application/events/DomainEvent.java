package com.pakashop.application.events;

import java.util.UUID;

/**
 * What a use case raises for other capabilities to react to, through the outbox. Each event is a
 * record with a stable type name ({@link #type()}) that the outbox stores beside its JSON; handlers
 * receive the record. The family is sealed so a reader sees every event in one place, and so
 * {@link EventTypes} can prove it knows how to read each one back.
 */
public sealed interface DomainEvent permits ProductImageAdded, KycDocumentAdded, ShopLogoSet, OrderPlaced, OrderMoved,
        FraudCaseOpened, DeliveryArriving, PayoutReported, RefundCompleted, RefundFailed, RefundNeedsAttention,
        PaymentCaptured, PaymentFailed, PaymentNeedsReview {

    /** The id of what the event is about, stored beside it for operators. */
    UUID aggregateId();

    /** The name stored with the event: never change one, rows in the outbox carry it. */
    default String type() {
        return EventTypes.nameOf(getClass());
    }
}
