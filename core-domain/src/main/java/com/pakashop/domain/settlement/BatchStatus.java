package com.pakashop.domain.settlement;

/** OPEN while any payout is not final; CLOSED once every payout completed or failed. */
public enum BatchStatus { OPEN, CLOSED }
