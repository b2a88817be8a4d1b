package com.pakashop.bootstrap;

import com.pakashop.adapter.persistence.JdbiCarts;
import com.pakashop.adapter.persistence.JdbiCategories;
import com.pakashop.adapter.persistence.JdbiCoupons;
import com.pakashop.adapter.persistence.JdbiIdempotencyKeys;
import com.pakashop.adapter.persistence.JdbiLoyaltyLedger;
import com.pakashop.adapter.persistence.JdbiOrders;
import com.pakashop.adapter.persistence.JdbiPriceLists;
import com.pakashop.adapter.persistence.JdbiProducts;
import com.pakashop.adapter.persistence.JdbiShops;
import com.pakashop.adapter.persistence.JdbiStock;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.loyalty.EarningPoints;
import com.pakashop.application.loyalty.ExpiringPoints;
import com.pakashop.application.loyalty.ReadingLoyalty;
import com.pakashop.application.ordering.Baskets;
import com.pakashop.application.ordering.ChangingDestinations;
import com.pakashop.application.ordering.CheckoutDiscounts;
import com.pakashop.application.ordering.ExpiringOrders;
import com.pakashop.application.ordering.ManagingPriceLists;
import com.pakashop.application.ordering.MovingOrders;
import com.pakashop.application.ordering.PlacingOrders;
import com.pakashop.application.ordering.QuotingCoupons;
import com.pakashop.application.ordering.Rates;
import com.pakashop.application.ordering.ViewingOrders;
import com.pakashop.application.promotion.ManagingCoupons;
import com.pakashop.bootstrap.config.CommerceSettings;
import com.pakashop.domain.loyalty.LoyaltyTerms;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;

/** Checkout, order views, coupons, loyalty and the expiry of unpaid orders and old points, wired once per process. */
public final class OrderingModule {
    private final PlacingOrders placingOrders;
    private final ViewingOrders viewingOrders;
    private final ChangingDestinations changingDestinations;
    private final ExpiringOrders expiringOrders;
    private final MovingOrders movingOrders;
    private final ManagingPriceLists managingPriceLists;
    private final ManagingCoupons managingCoupons;
    private final QuotingCoupons quotingCoupons;
    private final ReadingLoyalty readingLoyalty;
    private final ExpiringPoints expiringPoints;
    private final EarningPoints earningPoints;

    OrderingModule(CommerceSettings settings, JdbiTransactions tx, Outbox outbox, Auditing audit, Ids ids, Clock clock) {
        JdbiOrders orders = new JdbiOrders(tx);
        JdbiStock stock = new JdbiStock(tx);
        JdbiShops shops = new JdbiShops(tx, clock);
        JdbiProducts products = new JdbiProducts(tx, clock);
        JdbiCarts carts = new JdbiCarts(tx);
        JdbiCategories categories = new JdbiCategories(tx, clock);
        JdbiCoupons coupons = new JdbiCoupons(tx);
        JdbiLoyaltyLedger ledger = new JdbiLoyaltyLedger(tx, ids);
        LoyaltyTerms terms = new LoyaltyTerms(settings.loyaltyPointsPerKwacha(),
                Money.zmw(settings.loyaltyPointValueNgwee()), settings.loyaltyRedeemCapBasisPoints(),
                settings.loyaltyExpiryMonths());
        CheckoutDiscounts discounts = new CheckoutDiscounts(coupons, ledger, terms, new Baskets(categories), orders);
        JdbiPriceLists priceLists = new JdbiPriceLists(tx);
        Rates rates = new Rates(priceLists, settings.commissionBasisPoints(), settings.markupBasisPoints(),
                Money.zmw(settings.deliveryFeeNgwee()));
        this.managingPriceLists = new ManagingPriceLists(priceLists, tx, audit);
        this.placingOrders = new PlacingOrders(orders, stock, products, shops, carts, new JdbiIdempotencyKeys(tx), outbox,
                tx, rates, discounts, settings.paymentWindow(), ids, clock);
        this.viewingOrders = new ViewingOrders(orders, shops);
        this.changingDestinations = new ChangingDestinations(orders, rates, tx, audit);
        this.expiringOrders = new ExpiringOrders(orders, stock, discounts, tx, clock);
        this.movingOrders = new MovingOrders(orders, shops, stock, discounts, outbox, tx, clock);
        this.managingCoupons = new ManagingCoupons(coupons, shops, categories, tx, audit, ids, clock);
        this.quotingCoupons = new QuotingCoupons(discounts, products, carts, clock);
        this.readingLoyalty = new ReadingLoyalty(ledger, terms);
        this.expiringPoints = new ExpiringPoints(ledger, tx, clock);
        this.earningPoints = new EarningPoints(ledger, terms);
    }

    public ManagingPriceLists managingPriceLists() {
        return managingPriceLists;
    }

    public MovingOrders movingOrders() {
        return movingOrders;
    }

    public PlacingOrders placingOrders() {
        return placingOrders;
    }

    public ViewingOrders viewingOrders() {
        return viewingOrders;
    }

    public ChangingDestinations changingDestinations() {
        return changingDestinations;
    }

    public ExpiringOrders expiringOrders() {
        return expiringOrders;
    }

    public ManagingCoupons managingCoupons() {
        return managingCoupons;
    }

    public QuotingCoupons quotingCoupons() {
        return quotingCoupons;
    }

    public ReadingLoyalty readingLoyalty() {
        return readingLoyalty;
    }

    public ExpiringPoints expiringPoints() {
        return expiringPoints;
    }

    public EarningPoints earningPoints() {
        return earningPoints;
    }
}
