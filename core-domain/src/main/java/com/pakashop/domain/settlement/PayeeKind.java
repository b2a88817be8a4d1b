package com.pakashop.domain.settlement;

/** A shop (paid its share of the goods) or a delivery agent (paid a share of the delivery fee). */
public enum PayeeKind { VENDOR, AGENT }
