package com.pakashop.application.tracking;

import java.util.UUID;

/** What a watcher of a delivery receives: where the agent is, or how far the delivery has come. */
public sealed interface LiveUpdate permits LocationUpdate, StageUpdate {

    UUID orderId();
}
