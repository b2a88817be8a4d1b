package com.pakashop.domain.loyalty;

/** Why a buyer's points moved: earned on delivery, redeemed at checkout, given back, or lapsed. */
public enum LoyaltyEntryKind { EARNED, REDEEMED, RELEASED, EXPIRED }
