package com.pakashop.application.catalog;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.events.ShopLogoSet;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.Shop;
import com.pakashop.domain.catalog.ShopProfile;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.moderation.ModerationCase;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What vendors do with their own shops: open one (it then waits for approval), edit it, list
 * theirs, and read any shop buyers may see. Someone else's unapproved shop looks missing.
 */
public final class RunningShops {
    public static final int MAX_PAGE = 100;

    /** Raised when a shop's logo changes: moderation looks at it before buyers see it. */

    private final Shops shops;
    private final MediaLocations media;
    private final Outbox outbox;
    private final Transactions tx;
    private final Auditing audit;
    private final Ids ids;
    private final Clock clock;

    public RunningShops(Shops shops, MediaLocations media, Outbox outbox, Transactions tx, Auditing audit, Ids ids,
                        Clock clock) {
        this.shops = shops;
        this.media = media;
        this.outbox = outbox;
        this.tx = tx;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Shop open(Principal caller, ShopProfile profile, RequestContext context) {
        caller.require(Permission.SHOP_OPEN);
        media.requireKycDocuments(caller.self(), profile.kycDocuments());
        if (profile.logo().isPresent()) {
            throw ValidationFailed.of("logoUrl", "set the logo once the shop exists: upload it with the purpose "
                    + "product-image for the shop, then edit the shop");
        }
        Shop shop = Shop.open(ids.next(), caller.self(), profile, clock.instant());
        tx.inTransaction(() -> {
            shops.add(shop);
            KycDocumentEvents.added(ModerationCase.Subject.Kind.SHOP_KYC_DOCUMENT, shop.id(), List.of(), profile.kycDocuments())
                    .forEach(outbox::append);
            audit.record("SHOP_OPENED", caller.describe(), "shop:" + shop.id(), context, Map.of("slug", profile.slug()));
        });
        return shop;
    }

    public Shop edit(Principal caller, UUID shopId, ShopProfile profile, RequestContext context) {
        caller.require(Permission.SHOP_MANAGE_OWN);
        return tx.inTransaction(() -> {
            Shop shop = shops.byIdForUpdate(shopId).filter(s -> caller.is(s.ownerId()))
                    .orElseThrow(() -> new NotFound("No shop " + shopId));
            media.requireKycDocuments(shop.ownerId(), profile.kycDocuments());
            media.requireShopLogo(shopId, profile.logo());
            Shop edited = shops.update(shop.withProfile(profile));
            profile.logo().filter(logo -> !shop.profile().logo().equals(Optional.of(logo)))
                    .ifPresent(logo -> outbox.append(new ShopLogoSet(shopId, logo)));
            KycDocumentEvents.added(ModerationCase.Subject.Kind.SHOP_KYC_DOCUMENT, shopId, shop.profile().kycDocuments(),
                    profile.kycDocuments()).forEach(outbox::append);
            audit.record("SHOP_EDITED", caller.describe(), "shop:" + shopId, context, Map.of());
            return edited;
        });
    }

    /**
     * Buyers see active shops, without payout or KYC details; owners and staff who may read any
     * shop see it in every state, with everything.
     */
    public Visible view(Optional<Principal> caller, UUID shopId) {
        Shop shop = shops.byId(shopId).orElseThrow(() -> new NotFound("No shop " + shopId));
        boolean privileged = caller.map(p -> p.is(shop.ownerId())
                || p.can(Permission.SHOPS_READ_ANY)).orElse(false);
        if (!shop.visibleToBuyers() && !privileged) {
            throw new NotFound("No shop " + shopId);
        }
        boolean logoVisible = shop.profile().logo().map(logo -> shops.logoApproved(shopId, logo)).orElse(false);
        return new Visible(shop, privileged, logoVisible);
    }

    /** A shop, whether the caller may see its private details, and whether buyers may see its logo yet. */
    public record Visible(Shop shop, boolean withPrivateDetails, boolean logoApproved) {
    }

    public List<Shop> mine(Principal caller, Optional<UUID> after, int limit) {
        caller.require(Permission.SHOP_MANAGE_OWN);
        requirePage(limit);
        return shops.find(Optional.of(caller.self()), Optional.empty(), after, limit);
    }

    static void requirePage(int limit) {
        new Validation().require(limit >= 1 && limit <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE)
                .throwIfInvalid();
    }
}
