package com.pakashop.application.events;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/** A shop set a new logo: it goes to moderation before buyers see it. */
public record ShopLogoSet(UUID shopId, URI url) implements DomainEvent {
    public ShopLogoSet {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(url, "url");
    }

    @Override
    public UUID aggregateId() {
        return shopId;
    }
}
