package com.pakashop.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductTest {
    private final UUID category = UUID.randomUUID();

    @Test
    void pricesArriveAsKwachaStringsAndBecomeNgwee() {
        ProductDetails details = details("2450.50", "2999.00");

        assertThat(details.price()).isEqualTo(Money.zmw(245_050));
        assertThat(details.compareAtPrice()).contains(Money.zmw(299_900));
    }

    @Test
    void aCompareAtPriceMustBeAboveThePrice() {
        assertThatThrownBy(() -> details("100.00", "100.00"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("compareAtPrice"));
    }

    @Test
    void zeroNegativeForeignAndOverPreciseAmountsAreRefused() {
        for (String amount : new String[] {"0.00", "-1.00", "1.001", "abc"}) {
            assertThatThrownBy(() -> details(amount, null)).as(amount).isInstanceOf(ValidationFailed.class);
        }
        assertThatThrownBy(() -> ProductDetails.of("Radio", "", category, "10.00", "USD", null, null, 1L, null, Map.of(),
                List.of())).hasMessageContaining("price.currency");
    }

    @Test
    void aProductMovesDraftActiveArchivedAndNeverBack() {
        Product draft = Product.draft(UUID.randomUUID(), UUID.randomUUID(), details("10.00", null), Instant.now());

        Product active = draft.movedTo(ProductStatus.ACTIVE);
        Product archived = active.movedTo(ProductStatus.ARCHIVED);

        assertThat(active.sellable()).isTrue();
        assertThat(active.movedTo(ProductStatus.DRAFT).sellable()).isFalse();
        assertThatThrownBy(() -> archived.movedTo(ProductStatus.ACTIVE)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> archived.withDetails(details("12.00", null))).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> draft.movedTo(ProductStatus.DRAFT)).isInstanceOf(Conflict.class);
    }

    @Test
    void aHeldProductIsNotSellable() {
        Product held = new Product(UUID.randomUUID(), UUID.randomUUID(), details("10.00", null), ProductStatus.ACTIVE, true,
                Instant.now(), 0);

        assertThat(held.sellable()).isFalse();
    }

    private ProductDetails details(String price, String compareAt) {
        return ProductDetails.of("Tecno Spark 20", "Dual SIM", category, price, "ZMW", compareAt,
                compareAt == null ? null : "ZMW", 5L, "TS20", Map.of("colour", "black"),
                List.of("https://res.cloudinary.com/pakashop/p.jpg"));
    }
}
