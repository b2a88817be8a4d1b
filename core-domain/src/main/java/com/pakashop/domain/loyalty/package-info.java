/** Loyalty points: what an order earns, what points are worth, and how much of an order they may pay. */
package com.pakashop.domain.loyalty;
