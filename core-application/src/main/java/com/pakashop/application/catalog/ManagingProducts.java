package com.pakashop.application.catalog;

import com.pakashop.application.events.Outbox;
import com.pakashop.application.events.ProductImageAdded;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.catalog.ProductDetails;
import com.pakashop.domain.catalog.ProductStatus;
import com.pakashop.domain.catalog.Shop;
import com.pakashop.domain.catalog.ShopStatus;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Shop owners add products (as drafts), edit them, put them on sale and archive them. Images must
 * be ones uploaded to the shop's own folder of our storage; every image a product gains is
 * announced, so moderation looks at it (seed §4.3), and hides the product until it is approved.
 */
public final class ManagingProducts {
    private final Products products;
    private final Shops shops;
    private final Categories categories;
    private final Outbox outbox;
    private final MediaLocations media;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public ManagingProducts(Products products, Shops shops, Categories categories, Outbox outbox, MediaLocations media,
                            Transactions tx, Ids ids, Clock clock) {
        this.products = products;
        this.shops = shops;
        this.categories = categories;
        this.outbox = outbox;
        this.media = media;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public Product add(Principal caller, UUID shopId, ProductDetails details) {
        caller.require(Permission.SHOP_MANAGE_OWN);
        Shop shop = ownShop(caller, shopId);
        if (shop.status() == ShopStatus.REJECTED) {
            throw new Conflict("A rejected shop cannot list products");
        }
        requireCategory(details);
        media.requireProductImages(shopId, details.images());
        Product drafted = Product.draft(ids.next(), shopId, details, clock.instant());
        Product product = details.images().isEmpty() ? drafted : drafted.held(true);
        tx.inTransaction(() -> {
            products.add(product);
            announceNewImages(product.id(), List.of(), details.images());
            return product;
        });
        return product;
    }

    public Product edit(Principal caller, UUID productId, Optional<ProductDetails> details, Optional<ProductStatus> status) {
        caller.require(Permission.SHOP_MANAGE_OWN);
        details.ifPresent(this::requireCategory);
        return tx.inTransaction(() -> {
            Product product = products.byIdForUpdate(productId)
                    .filter(p -> ownsShop(caller, p.shopId()))
                    .orElseThrow(() -> new NotFound("No product " + productId));
            Product changed = details.map(product::withDetails).orElse(product);
            changed = status.map(changed::movedTo).orElse(changed);
            media.requireProductImages(product.shopId(), changed.details().images());
            if (announceNewImages(productId, product.details().images(), changed.details().images())) {
                changed = changed.held(true);
            }
            return products.update(changed);
        });
    }

    /** Buyers see sellable products of active shops; the shop's owner and moderators see every one, held or not. */
    public Product view(Optional<Principal> caller, UUID productId) {
        return products.sellable(productId)
                .or(() -> products.byId(productId).filter(p -> caller.map(c -> ownsShop(c, p.shopId())
                        || c.can(Permission.MODERATION_REVIEW)).orElse(false)))
                .orElseThrow(() -> new NotFound("No product " + productId));
    }

    /** True when the product gained an image: it is hidden from buyers until moderation approves it. */
    private boolean announceNewImages(UUID productId, List<URI> before, List<URI> after) {
        boolean gained = false;
        for (URI image : after) {
            if (!before.contains(image)) {
                outbox.append(new ProductImageAdded(productId, image));
                gained = true;
            }
        }
        return gained;
    }

    private Shop ownShop(Principal caller, UUID shopId) {
        return shops.ownedBy(shopId, caller)
                .orElseThrow(() -> new NotFound("No shop " + shopId));
    }

    private boolean ownsShop(Principal caller, UUID shopId) {
        return shops.ownedBy(shopId, caller).isPresent();
    }

    private void requireCategory(ProductDetails details) {
        if (categories.byId(details.categoryId()).isEmpty()) {
            throw ValidationFailed.of("categoryId", "is not a category");
        }
    }
}
