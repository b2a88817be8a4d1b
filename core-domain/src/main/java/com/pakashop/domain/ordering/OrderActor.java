package com.pakashop.domain.ordering;

/** Who moves an order: its buyer, the shop's vendor, the assigned agent, staff, or Pakashop itself. */
public enum OrderActor { BUYER, VENDOR, AGENT, ADMIN, SYSTEM }
