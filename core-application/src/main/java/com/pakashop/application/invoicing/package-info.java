/**
 * ZRA Smart Invoicing (seed §4.6): a sale for every paid order, a credit note for every refund of
 * a reported sale, each transmitted through {@link com.pakashop.application.invoicing.InvoiceTransmitter}
 * with its attempts logged, retried with back-off, and visible to finance.
 */
package com.pakashop.application.invoicing;
