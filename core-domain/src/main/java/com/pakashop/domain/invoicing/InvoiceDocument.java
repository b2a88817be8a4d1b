package com.pakashop.domain.invoicing;

import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a Smart Invoice says, in our words: fixed when its number is allocated and sent
 * identically on every attempt. A credit note also names the sale it credits once that sale's
 * receipt is known.
 */
public record InvoiceDocument(InvoiceKind kind, String tpin, String branchId, String number, PaymentType paymentType,
                              Instant confirmedAt, List<InvoiceLine> lines, Optional<CreditReason> creditReason) {
    private static final Pattern TPIN = Pattern.compile("\\d{10}");
    private static final Pattern BRANCH = Pattern.compile("[0-9A-Za-z]{3}");

    public InvoiceDocument {
        lines = List.copyOf(lines);
        if (!validTpin(tpin) || !validBranch(branchId)) {
            throw new IllegalArgumentException("an invoice needs a 10-digit TPIN and a 3-character branch");
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line");
        }
        if ((kind == InvoiceKind.CREDIT_NOTE) != creditReason.isPresent()) {
            throw new IllegalArgumentException("credit notes, and only they, carry a reason");
        }
    }

    public static boolean validTpin(String tpin) {
        return tpin != null && TPIN.matcher(tpin).matches();
    }

    public static boolean validBranch(String branchId) {
        return branchId != null && BRANCH.matcher(branchId).matches();
    }

    public Money total() {
        return lines.stream().map(InvoiceLine::total).reduce(Money.zmw(0), Money::plus);
    }

    public VatSplit vat() {
        return lines.stream().map(InvoiceLine::vat).reduce(VatSplit.zero(), VatSplit::plus);
    }
}
