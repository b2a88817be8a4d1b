/**
 * ZRA Smart Invoices: what a sale or a credit note says (lines, VAT split exactly), and the life
 * of its transmission to the VSDC.
 */
package com.pakashop.domain.invoicing;
