package com.pakashop.application.invoicing;

import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.Receipt;
import java.util.Optional;

/**
 * Reports an invoice to ZRA. Calls block on the network, so they are never made inside a database
 * transaction. Sending the same document again is safe: the transmitter recognises an invoice
 * number already on file and answers with its receipt.
 */
public interface InvoiceTransmitter {

    /** {@code original} is the receipt of the sale a credit note credits; empty for a sale. */
    Transmission transmit(InvoiceDocument document, Optional<Receipt> original);
}
