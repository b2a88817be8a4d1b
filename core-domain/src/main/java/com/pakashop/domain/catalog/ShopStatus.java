package com.pakashop.domain.catalog;

/** A shop sells only while ACTIVE; REJECTED is final. */
public enum ShopStatus { PENDING_APPROVAL, ACTIVE, REJECTED, SUSPENDED }
