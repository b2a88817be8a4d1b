/** InvoiceTransmitter for the ZRA Smart Invoice VSDC, and the simulator used in mock mode. */
package com.pakashop.adapter.zra;
