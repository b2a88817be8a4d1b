/**
 * Settlement (seed: pakashop-settlement): batches that pay vendors and delivery agents through
 * {@link com.pakashop.application.payments.PaymentProvider} payouts, crash-safe and never twice.
 */
package com.pakashop.application.settlement;
