package com.pakashop.domain.fraud;

import com.pakashop.domain.shared.Money;
import java.time.Duration;
import java.util.Optional;

/**
 * What we know about one payment attempt when it is screened: attempts in the last hour by the
 * caller's IP, account and payer number (this one included), the account's age and its paid
 * orders, the amount, the buyer's and the platform's average order, whether the buyer owns one of
 * the shops paid or pays from a shop's payout number, and how many different numbers failed for
 * the account in the last day.
 */
public record Signals(long attemptsByIp, long attemptsByAccount, long attemptsByPhone, Duration accountAge,
                      long paidOrders, Money amount, Optional<Money> buyerAverage, Money platformAverage,
                      boolean buyerOwnsShop, boolean payerIsShopPayoutNumber, long failedNumbersToday) {
}
