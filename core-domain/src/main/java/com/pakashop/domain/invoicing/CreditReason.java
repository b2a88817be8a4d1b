package com.pakashop.domain.invoicing;

/**
 * Why a sale is credited. ZRA's list has no "cancelled" reason: a cancelled order is credited as
 * the wrong products (the buyer took none), a partial refund as a wrong price.
 */
public enum CreditReason { ORDER_CANCELLED, PARTIAL_REFUND }
