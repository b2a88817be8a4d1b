package com.pakashop.bootstrap.config;

/** PAYMENT_PROVIDER: MOCK for development, PAWAPAY alone, or AUTO (pawaPay first, Flutterwave as fail-over). */
public enum PaymentProviderChoice { MOCK, AUTO, PAWAPAY }
