package com.pakashop.bootstrap;

import com.pakashop.adapter.persistence.JdbiCarts;
import com.pakashop.adapter.persistence.JdbiIdempotencyKeys;
import com.pakashop.adapter.persistence.JdbiOrders;
import com.pakashop.adapter.persistence.JdbiPriceLists;
import com.pakashop.adapter.persistence.JdbiProducts;
import com.pakashop.adapter.persistence.JdbiShops;
import com.pakashop.adapter.persistence.JdbiStock;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.ordering.ExpiringOrders;
import com.pakashop.application.ordering.MovingOrders;
import com.pakashop.application.ordering.PlacingOrders;
import com.pakashop.application.ordering.Pricing;
import com.pakashop.application.ordering.ViewingOrders;
import com.pakashop.bootstrap.config.CommerceSettings;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;

/** Checkout, order views and the expiry of unpaid orders, wired once per process. */
public final class OrderingModule {
    private final PlacingOrders placingOrders;
    private final ViewingOrders viewingOrders;
    private final ExpiringOrders expiringOrders;
    private final MovingOrders movingOrders;

    private final Pricing pricing;

    OrderingModule(CommerceSettings settings, JdbiTransactions tx, Outbox outbox, Auditing audit, Ids ids, Clock clock) {
        JdbiOrders orders = new JdbiOrders(tx);
        JdbiStock stock = new JdbiStock(tx);
        JdbiShops shops = new JdbiShops(tx, clock);
        this.pricing = new Pricing(new JdbiPriceLists(tx), settings.commissionBasisPoints(),
                Money.zmw(settings.deliveryFeeNgwee()), tx, audit);
        this.placingOrders = new PlacingOrders(orders, stock, new JdbiProducts(tx, clock), shops, new JdbiCarts(tx),
                new JdbiIdempotencyKeys(tx), outbox, tx, pricing, settings.paymentWindow(), ids, clock);
        this.viewingOrders = new ViewingOrders(orders, shops);
        this.expiringOrders = new ExpiringOrders(orders, stock, tx, clock);
        this.movingOrders = new MovingOrders(orders, shops, stock, outbox, tx, clock);
    }

    public Pricing pricing() {
        return pricing;
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

    public ExpiringOrders expiringOrders() {
        return expiringOrders;
    }
}
