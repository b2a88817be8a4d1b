package com.pakashop.domain.invoicing;

/**
 * PENDING waits for (another) attempt, TRANSMITTED holds the VSDC's receipt, FAILED gave up until
 * finance retries it, SKIPPED was never to be sent (the switch was off, the shop has no TPIN), with why.
 */
public enum InvoiceStatus { PENDING, TRANSMITTED, FAILED, SKIPPED }
