package com.pakashop.application.ordering;

import com.pakashop.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/** The rates staff set: commission per category and per shop, markup per category, delivery fee per town. */
public interface PriceLists {

    Optional<Long> shopCommission(UUID shopId);

    Optional<Long> categoryCommission(UUID categoryId);

    Optional<Long> categoryMarkup(UUID categoryId);

    Optional<Money> deliveryFee(String town);

    void setShopCommission(UUID shopId, long basisPoints);

    void setCategoryCommission(UUID categoryId, long basisPoints);

    void setCategoryMarkup(UUID categoryId, long basisPoints);

    void setDeliveryFee(String town, Money fee);
}
