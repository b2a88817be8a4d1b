/**
 * The providers' statement exports (pawaPay, Flutterwave, and the mock in pawaPay's columns), read
 * with Apache Commons CSV into the core's statement rows. One module for all of them because they
 * share the reading rules (UTF-8, header lookup, exact amounts, cut-short files) and the mock
 * borrows pawaPay's columns, which an adapter could not borrow from another adapter.
 */
package com.pakashop.adapter.statements;
