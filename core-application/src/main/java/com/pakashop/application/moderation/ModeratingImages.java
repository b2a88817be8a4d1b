package com.pakashop.application.moderation;

import com.pakashop.application.catalog.KycDocumentEvents;
import com.pakashop.application.catalog.Products;
import com.pakashop.application.catalog.RunningShops;
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
 * transaction), then its verdict is recorded and the product stays hidden until all its images
 * are approved. A KYC document goes to people only.
 * An error or time-out throws, and the outbox tries again later: nothing is approved by default.
 */
public final class ModeratingImages implements EventHandler {
    private static final String KYC_DOCUMENT_ADDED = KycDocumentEvents.ADDED;
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
        return "ProductImageAdded".equals(eventType) || RunningShops.LOGO_SET.equals(eventType)
                || KYC_DOCUMENT_ADDED.equals(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        URI image = URI.create(event.payload().get("url"));
        if (KYC_DOCUMENT_ADDED.equals(event.type())) {
            queueForPeople(event, image);
            return;
        }
        if (RunningShops.LOGO_SET.equals(event.type())) {
            Verdict logoVerdict = moderator.moderate(image);
            ModerationCase.Subject shop = new ModerationCase.Subject(ModerationCase.Subject.Kind.SHOP_LOGO,
                    UUID.fromString(event.payload().get("shopId")));
            tx.inTransaction(() -> cases.add(ModerationCase.of(ids.next(), shop, image, logoVerdict, clock.instant())));
            return;
        }
        UUID productId = UUID.fromString(event.payload().get("productId"));
        Verdict verdict = moderator.moderate(image);
        tx.inTransaction(() -> {
            ModerationCase opened = ModerationCase.of(ids.next(), ModerationCase.Subject.product(productId), image,
                    verdict, clock.instant());
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

    /**
     * Identity papers are not sent to an outside service: a person reviews each one, in the same
     * queue as flagged images, before staff rely on it.
     */
    private void queueForPeople(OutboxEvent event, URI document) {
        ModerationCase.Subject subject = new ModerationCase.Subject(
                ModerationCase.Subject.Kind.valueOf(event.payload().get("subjectKind")),
                UUID.fromString(event.payload().get("subjectId")));
        tx.inTransaction(() -> cases.add(ModerationCase.of(ids.next(), subject, document,
                Verdict.pendingManualReview(), clock.instant())));
    }
}
