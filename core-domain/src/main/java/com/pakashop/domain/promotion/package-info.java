/** Coupons: who may issue them, what they take off, and why one does not apply. */
package com.pakashop.domain.promotion;
