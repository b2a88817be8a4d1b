package com.pakashop.application.moderation;

import com.pakashop.application.catalog.Products;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.moderation.ModerationCase;
import com.pakashop.domain.moderation.Verdict;
import com.pakashop.domain.shared.Ids;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seed §4.3, step 4: a product image was saved, so the moderator looks at it (outside any
 * transaction), then its verdict is recorded; a flagged image holds the product away from buyers.
 * An error or time-out throws, and the outbox tries again later: nothing is approved by default.
 */
public final class ModeratingImages implements EventHandler {
    private static final Logger log = LoggerFactory.getLogger(ModeratingImages.class);

    private final ContentModerator moderator;
    private final ModerationCases cases;
    private final Products products;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public ModeratingImages(ContentModerator moderator, ModerationCases cases, Products products, Transactions tx,
                            Ids ids, Clock clock) {
        this.moderator = moderator;
        this.cases = cases;
        this.products = products;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "moderate-images";
    }

    @Override
    public boolean handles(String eventType) {
        return "ProductImageAdded".equals(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        UUID productId = UUID.fromString(event.payload().get("productId"));
        URI image = URI.create(event.payload().get("url"));
        Verdict verdict = moderator.moderate(image);
        tx.inTransaction(() -> {
            ModerationCase opened = ModerationCase.of(ids.next(), productId, image, verdict, clock.instant());
            if (cases.add(opened)) {
                Product product = products.byIdForUpdate(productId).orElseThrow();
                boolean hold = !cases.approvedImages(productId).containsAll(product.details().images());
                if (hold != product.moderationHold()) {
                    products.update(product.held(hold));
                }
                if (opened.holdsProduct()) {
                    log.warn("Product {} held: image flagged for {}", productId, verdict.categories().keySet());
                }
            }
            return opened;
        });
    }
}
