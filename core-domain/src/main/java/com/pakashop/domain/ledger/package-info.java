/**
 * Double-entry bookkeeping in minor units: accounts, journal entries that always balance, and the
 * entries each money movement of the marketplace books.
 */
package com.pakashop.domain.ledger;
