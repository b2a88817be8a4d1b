package com.pakashop.application.moderation;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.catalog.Products;
import com.pakashop.application.catalog.Shops;
import com.pakashop.application.notifications.Notification;
import com.pakashop.application.notifications.Notifier;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.moderation.ModerationCase;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Seed §4.3, step 6: moderators approve, reject or escalate an image (escalated cases are decided
 * by admins). Rejecting removes the image from its product and tells the vendor; approving or
 * the product stays hidden from buyers until every one of its images is approved. Every decision is audited.
 */
public final class ReviewingModeration {
    public static final int MAX_PAGE = 100;

    private final ModerationCases cases;
    private final Products products;
    private final Shops shops;
    private final Notifier notifier;
    private final Auditing audit;
    private final Transactions tx;
    private final Clock clock;

    public ReviewingModeration(ModerationCases cases, Products products, Shops shops, Notifier notifier, Auditing audit,
                               Transactions tx, Clock clock) {
        this.cases = cases;
        this.products = products;
        this.shops = shops;
        this.notifier = notifier;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public List<ModerationCase> list(Principal caller, Optional<ModerationCase.Status> status, Optional<UUID> before,
                                     int limit) {
        caller.require(Permission.MODERATION_REVIEW);
        return cases.find(status, before, Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    public ModerationCase get(Principal caller, UUID id) {
        caller.require(Permission.MODERATION_REVIEW);
        return cases.byId(id).orElseThrow(() -> new NotFound("No moderation case " + id));
    }

    public ModerationCase decide(Principal caller, UUID id, ModerationCase.Status decision, String note,
                                 RequestContext context) {
        caller.require(Permission.MODERATION_REVIEW);
        if (note == null || note.isBlank()) {
            throw ValidationFailed.of("note", "say what you saw; the vendor may read it");
        }
        Instant now = clock.instant();
        Decided decided = tx.inTransaction(() -> {
            ModerationCase open = cases.byIdForUpdate(id).orElseThrow(() -> new NotFound("No moderation case " + id));
            if (open.status() == ModerationCase.Status.ESCALATED) {
                caller.require(Permission.MODERATION_ESCALATED);
            }
            ModerationCase after = cases.update(open, open.decide(decision, caller.describe(), note.strip(), now));
            audit.record("MODERATION_" + decision, caller.describe(), "moderation-case:" + id, context,
                    Map.of("subject", open.subject().kind() + ":" + open.subject().id(), "note", note.strip()));
            if (open.subject().kind() == ModerationCase.Subject.Kind.SHOP_LOGO && decision == ModerationCase.Status.REJECTED) {
                dropRejectedLogo(open);
            }
            if (open.subject().kind() != ModerationCase.Subject.Kind.PRODUCT_IMAGE) {
                return new Decided(after, Optional.empty());
            }
            UUID productId = open.subject().id();
            Product product = products.byIdForUpdate(productId).orElseThrow();
            Product changed = decision == ModerationCase.Status.REJECTED ? product.withoutImage(open.image()) : product;
            changed = changed.held(!cases.approvedImages(productId).containsAll(changed.details().images()));
            if (!changed.equals(product)) {
                products.update(changed);
            }
            return new Decided(after, Optional.of(product));
        });
        if (decision == ModerationCase.Status.REJECTED) {
            decided.product().ifPresent(product -> shops.byId(product.shopId()).ifPresent(shop -> notifier.send(
                    new Notification(shop.ownerId(), Notification.Kind.IMAGE_REJECTED, Map.of("productId",
                            product.id().toString(), "title", product.details().title(), "reason", note.strip()),
                            Map.of()))));
        }
        return decided.moderationCase();
    }

    /** A rejected logo leaves the shop, unless the vendor has already put another in its place. */
    private void dropRejectedLogo(ModerationCase rejected) {
        shops.byIdForUpdate(rejected.subject().id())
                .filter(shop -> shop.profile().logo().equals(Optional.of(rejected.image())))
                .ifPresent(shop -> shops.update(shop.withProfile(shop.profile().withoutLogo())));
    }

    /** The decided case, and the product it concerned when it was a product image. */
    private record Decided(ModerationCase moderationCase, Optional<Product> product) {
    }
}
