package com.pakashop.shell.http;

import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.ValidationFailed;
import java.util.Optional;

/** Money on the wire: {"amount": "150.00", "currency": "ZMW"}, the amount a decimal string, never a JSON number. */
record MoneyJson(String amount, String currency) {
    static MoneyJson of(Money money) {
        return new MoneyJson(money.toDecimalString(), money.currency().getCurrencyCode());
    }

    /** Kwacha only, for now; {@code field} names the input in the error. */
    Money toZmw(String field) {
        Optional<Money> money = amount == null ? Optional.empty() : Money.parse(amount, Money.ZMW);
        if (money.isEmpty() || (currency != null && !"ZMW".equals(currency))) {
            throw ValidationFailed.of(field, "must be a ZMW amount such as {\"amount\":\"25.00\",\"currency\":\"ZMW\"}");
        }
        return money.get();
    }
}
