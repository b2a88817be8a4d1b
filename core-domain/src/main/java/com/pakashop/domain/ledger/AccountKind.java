package com.pakashop.domain.ledger;

/**
 * What an account holds. Debit-normal kinds (what we have or spend) grow with debits;
 * credit-normal kinds (what we owe or earn) grow with credits. {@code owned} kinds exist once per
 * owner: a provider, an order, a shop, an agent.
 */
public enum AccountKind {
    /** Money a payment provider holds for us: collections in, payouts and refunds out. */
    PROVIDER_CLEARING(Side.DEBIT, true),
    /** A buyer's payment for one order, held until delivery. */
    FUNDS_HELD(Side.CREDIT, true),
    /** What we owe a shop. */
    VENDOR_PAYABLE(Side.CREDIT, true),
    /** What we owe a delivery agent. */
    AGENT_PAYABLE(Side.CREDIT, true),
    COMMISSION_REVENUE(Side.CREDIT, false),
    MARKUP_REVENUE(Side.CREDIT, false),
    DELIVERY_FEE_REVENUE(Side.CREDIT, false),
    /** What the platform pays for its own coupons and loyalty points. */
    PROMOTIONS_EXPENSE(Side.DEBIT, false),
    PROVIDER_FEES(Side.DEBIT, false),
    /** Money a captured payment brought in that matched no order (wrong amount, late capture), until resolved. */
    SUSPENSE(Side.CREDIT, false);

    private final Side normalSide;
    private final boolean owned;

    AccountKind(Side normalSide, boolean owned) {
        this.normalSide = normalSide;
        this.owned = owned;
    }

    public Side normalSide() {
        return normalSide;
    }

    public boolean owned() {
        return owned;
    }

    public enum Side { DEBIT, CREDIT }
}
