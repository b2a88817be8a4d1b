package com.pakashop.domain.invoicing;

/**
 * PENDING waits for (another) attempt, TRANSMITTED holds the VSDC's receipt, FAILED gave up until
 * finance retries or re-issues it, SKIPPED was never to be sent (the switch was off, the shop has no
 * TPIN), with why, until finance back-fills it, VOIDED was FAILED and re-issued under a new number.
 */
public enum InvoiceStatus { PENDING, TRANSMITTED, FAILED, SKIPPED, VOIDED }
