package com.pakashop.domain.invoicing;

/**
 * What the VSDC signs back for a reported invoice; {@code receiptNumber} and {@code sdcId} are
 * what a later credit note names as its original. {@code mock} marks receipts of the simulator.
 */
public record Receipt(long receiptNumber, long totalReceiptNumber, String internalData, String signature, String sdcId,
                      String mrcNo, String qrCodeUrl, String publishedAt, boolean mock) {
}
