/**
 * Fraud screening of payment initiations (seed §4.5): each rule a small named value, their
 * contributions summed into a risk score of 0–100 with the reasons that produced it.
 */
package com.pakashop.domain.fraud;
