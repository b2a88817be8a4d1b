package com.pakashop.domain.catalog;

import com.pakashop.domain.shared.Conflict;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A product of one shop. Buyers see it only while ACTIVE and not held by moderation (the hold is
 * set by the moderation capability, never by the vendor). ARCHIVED is final.
 */
public record Product(UUID id, UUID shopId, ProductDetails details, ProductStatus status, boolean moderationHold,
                      Instant createdAt, int version) {

    public static Product draft(UUID id, UUID shopId, ProductDetails details, Instant now) {
        return new Product(id, shopId, details, ProductStatus.DRAFT, false, now, 0);
    }

    public boolean sellable() {
        return status == ProductStatus.ACTIVE && !moderationHold;
    }

    public Product withDetails(ProductDetails newDetails) {
        if (status == ProductStatus.ARCHIVED) {
            throw new Conflict("An archived product cannot be edited");
        }
        return new Product(id, shopId, newDetails, status, moderationHold, createdAt, version);
    }

    /** Moderation holds the product away from buyers, or lets it go. */
    public Product held(boolean hold) {
        return new Product(id, shopId, details, status, hold, createdAt, version);
    }

    /** The product without one of its images (a moderator rejected it). */
    public Product withoutImage(URI image) {
        List<URI> kept = details.images().stream().filter(i -> !i.equals(image)).toList();
        ProductDetails d = details;
        return new Product(id, shopId, new ProductDetails(d.title(), d.description(), d.categoryId(), d.price(),
                d.compareAtPrice(), d.stock(), d.sku(), d.attributes(), kept), status, moderationHold, createdAt, version);
    }

    public Product movedTo(ProductStatus next) {
        boolean allowed = (status == ProductStatus.DRAFT && next == ProductStatus.ACTIVE)
                || (status == ProductStatus.ACTIVE && next == ProductStatus.DRAFT)
                || (status != ProductStatus.ARCHIVED && next == ProductStatus.ARCHIVED);
        if (!allowed) {
            throw new Conflict("A " + status + " product cannot become " + next);
        }
        return new Product(id, shopId, details, next, moderationHold, createdAt, version);
    }
}
