package com.pakashop.shell.http;

import com.pakashop.domain.shared.Money;

/** Money on the wire: {"amount": "150.00", "currency": "ZMW"}, the amount a decimal string, never a JSON number. */
record MoneyJson(String amount, String currency) {
    static MoneyJson of(Money money) {
        return new MoneyJson(money.toDecimalString(), money.currency().getCurrencyCode());
    }
}
