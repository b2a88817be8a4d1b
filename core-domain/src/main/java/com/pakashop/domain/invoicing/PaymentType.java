package com.pakashop.domain.invoicing;

/** How the buyer paid, as the VSDC's payment-type list knows it. */
public enum PaymentType { MOBILE_MONEY, CARD }
