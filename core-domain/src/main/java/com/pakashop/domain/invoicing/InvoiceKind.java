package com.pakashop.domain.invoicing;

/** A sale (receipt type S) or a credit note against one (R). */
public enum InvoiceKind { SALE, CREDIT_NOTE }
