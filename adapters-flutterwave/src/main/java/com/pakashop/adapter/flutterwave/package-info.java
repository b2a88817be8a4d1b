/** PaymentProvider for Flutterwave (hosted card page, mobile-money fail-over). */
package com.pakashop.adapter.flutterwave;
