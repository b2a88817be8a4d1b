package com.pakashop.adapter.mockpay;

import com.pakashop.application.payments.CollectionRequest;
import com.pakashop.domain.identity.PhoneNumber;

/**
 * What the mock does with a collection, chosen by the last two digits of the payer's number so a
 * developer can try every path from a phone field: 91 refused at once, 92 insufficient funds,
 * 93 declined by the payer, 94 no answer ever, 95 pays one kwacha short; anything else (and every
 * card) pays in full.
 */
enum MockOutcome {
    REFUSED, INSUFFICIENT_FUNDS, DECLINED, NO_ANSWER, SHORT_PAYMENT, PAID;

    static MockOutcome of(CollectionRequest request) {
        String number = request.payer().map(PhoneNumber::e164).orElse("");
        String ending = number.length() > 2 ? number.substring(number.length() - 2) : "";
        switch (ending) {
            case "91":
                return REFUSED;
            case "92":
                return INSUFFICIENT_FUNDS;
            case "93":
                return DECLINED;
            case "94":
                return NO_ANSWER;
            case "95":
                return SHORT_PAYMENT;
            default:
                return PAID;
        }
    }
}
