/** Payments: how a buyer pays, the life of a payment, and which moves it may make. */
package com.pakashop.domain.payments;
