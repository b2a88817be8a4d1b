package com.pakashop.application.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.PricingRules;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.tracking.Destination;
import com.pakashop.domain.tracking.GeoPoint;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Orders} promises, run against the in-memory fake and against PostgreSQL. */
public abstract class OrdersContract {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract Orders orders();

    protected abstract Transactions tx();

    /** A buyer, and a shop of theirs with one product at {@code price}: the rows an order points at. */
    protected abstract Seller newSeller(Money price);

    /** Who buys and what, for a placed order. */
    public record Seller(UUID buyer, UUID shop, UUID product) {
    }

    @Test
    public void anOrderReadsBackAsPlacedByIdAndByCheckout() {
        Order order = place(newSeller(Money.zmw(15_000)), UUID.randomUUID(), NOW);

        assertThat(tx().inTransaction(() -> orders().byId(order.id()))).contains(order);
        assertThat(tx().inTransaction(() -> orders().byIdForUpdate(order.id()))).contains(order);
        assertThat(tx().inTransaction(() -> orders().byCheckout(order.checkoutId()))).containsExactly(order);
        assertThat(tx().inTransaction(() -> orders().byId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void aMoveIsSavedAgainstTheVersionAndAStaleOneIsAConflict() {
        Order order = place(newSeller(Money.zmw(15_000)), UUID.randomUUID(), NOW);
        Order expired = order.moveTo(OrderStatus.EXPIRED, OrderActor.SYSTEM, Optional.of("unpaid"));

        Order saved = tx().inTransaction(() -> orders().move(order, expired, OrderActor.SYSTEM, "system", Optional.of(
                "unpaid"), NOW.plusSeconds(1)));

        assertThat(saved.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(saved.version()).isEqualTo(order.version() + 1);
        assertThat(tx().inTransaction(() -> orders().byId(order.id()))).contains(saved);
        assertThatThrownBy(() -> tx().inTransaction(() -> orders().move(order, order.moveTo(OrderStatus.CANCELLED,
                OrderActor.BUYER, Optional.empty()), OrderActor.BUYER, "buyer", Optional.empty(), NOW.plusSeconds(2))))
                .isInstanceOf(Conflict.class);
    }

    @Test
    public void aBuyersOrdersComeNewestFirstAPageAtATime() {
        Seller seller = newSeller(Money.zmw(1_000));
        Order first = place(seller, UUID.randomUUID(), NOW);
        Order second = place(seller, UUID.randomUUID(), NOW.plusSeconds(1));
        Order third = place(seller, UUID.randomUUID(), NOW.plusSeconds(2));

        List<Order> page = tx().inTransaction(() -> orders().ofBuyer(seller.buyer(), Optional.empty(), 2));
        assertThat(page).extracting(Order::id).containsExactly(third.id(), second.id());
        assertThat(tx().inTransaction(() -> orders().ofBuyer(seller.buyer(), Optional.of(second.id()), 2)))
                .extracting(Order::id).containsExactly(first.id());
        assertThat(tx().inTransaction(() -> orders().find(Optional.of(seller.shop()), Optional.of(OrderStatus.PENDING),
                Optional.empty(), 10))).extracting(Order::id).containsExactly(third.id(), second.id(), first.id());
    }

    @Test
    public void theDestinationIsKeptWithTheOrder() {
        Order order = place(newSeller(Money.zmw(1_000)), UUID.randomUUID(), NOW);
        Destination home = new Destination(new GeoPoint(-15.4167, 28.2833), "Plot 12, Kabulonga Road", "Lusaka");

        tx().inTransaction(() -> orders().setDestination(order.id(), home));

        assertThat(tx().inTransaction(() -> orders().destinationOf(order.id()))).contains(home);
        assertThat(tx().inTransaction(() -> orders().destinationOf(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void orderNumbersAreNeverRepeated() {
        String one = tx().inTransaction(() -> orders().nextNumber());
        String two = tx().inTransaction(() -> orders().nextNumber());

        assertThat(one).isNotEqualTo(two);
    }

    private Order place(Seller seller, UUID checkout, Instant at) {
        Money price = Money.zmw(1_000);
        String number = tx().inTransaction(() -> orders().nextNumber());
        Order order = Order.place(new Ids(Clock.fixed(at, ZoneOffset.UTC)).next(), number, checkout, seller.buyer(), seller.shop(),
                List.of(new OrderLine(seller.product(), "Chitenge", price, 1)),
                PricingRules.price(List.of(PricingRules.PricedLine.undiscounted(price, 1_000, 0)),
                        PricingRules.Discounts.none(), Money.zmw(2_500)), at, at.plusSeconds(1800));
        tx().inTransaction(() -> orders().add(order, "contract-test"));
        return order;
    }
}
