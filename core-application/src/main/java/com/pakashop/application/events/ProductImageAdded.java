package com.pakashop.application.events;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/** An image was added to a product: it goes to moderation. */
public record ProductImageAdded(UUID productId, URI url) implements DomainEvent {
    public ProductImageAdded {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(url, "url");
    }

    @Override
    public UUID aggregateId() {
        return productId;
    }
}
