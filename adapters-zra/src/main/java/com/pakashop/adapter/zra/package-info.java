/** InvoiceTransmitter for the ZRA Smart Invoice VSDC API, with a mock mode. */
package com.pakashop.adapter.zra;
