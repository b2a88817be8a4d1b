/** Screening payment initiations against the fraud rules, and the review queue for those held. */
package com.pakashop.application.fraud;
