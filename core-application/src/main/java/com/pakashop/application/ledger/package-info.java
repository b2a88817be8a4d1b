/** The books: posting balanced journal entries and reading balances. */
package com.pakashop.application.ledger;
