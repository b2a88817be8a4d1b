package com.pakashop.application.settlement;

import com.pakashop.domain.settlement.Payee;
import java.util.List;
import java.util.Map;

/** Where vendors and agents are paid. Called inside a transaction. */
public interface PayoutAccounts {

    /** Where each payee is paid; payees without a usable account are absent. */
    Map<Payee, PayoutAccount> accountsOf(List<Payee> payees);
}
