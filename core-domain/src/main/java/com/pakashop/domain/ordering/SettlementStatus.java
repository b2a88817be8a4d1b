package com.pakashop.domain.ordering;

/**
 * Where the order's money is: nothing yet, held by the provider after payment, releasable once
 * the buyer's PIN confirmed delivery, paid out to the vendor, or given back to the buyer.
 */
public enum SettlementStatus { NOT_READY, HELD, RELEASABLE, SETTLED, REFUNDED }
