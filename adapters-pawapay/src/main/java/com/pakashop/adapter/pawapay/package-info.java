/** PaymentProvider for pawaPay (mobile money: MTN, Airtel, Zamtel). */
package com.pakashop.adapter.pawapay;
