package com.pakashop.bootstrap.config;

/**
 * PAYMENT_PROVIDER: MOCK for development, AUTO (pawaPay for mobile money with Flutterwave as
 * fail-over, Flutterwave for cards), or one provider for everything it serves.
 */
public enum PaymentProviderChoice { MOCK, AUTO, PAWAPAY, FLUTTERWAVE }
