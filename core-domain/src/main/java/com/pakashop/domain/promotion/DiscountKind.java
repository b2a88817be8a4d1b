package com.pakashop.domain.promotion;

/** A percentage of the eligible goods (in basis points), or a fixed amount off them. */
public enum DiscountKind { PERCENTAGE, FIXED }
