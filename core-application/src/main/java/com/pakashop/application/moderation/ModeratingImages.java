package com.pakashop.application.moderation;

import com.pakashop.application.catalog.Products;
import com.pakashop.application.events.DomainEvent;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.EventTypes;
import com.pakashop.application.events.KycDocumentAdded;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.events.ProductImageAdded;
import com.pakashop.application.events.ShopLogoSet;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.moderation.ModerationCase;
import com.pakashop.domain.moderation.Verdict;
import com.pakashop.domain.shared.Ids;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
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
    private static final Set<String> HANDLED = Set.of(EventTypes.nameOf(ProductImageAdded.class),
            EventTypes.nameOf(ShopLogoSet.class), EventTypes.nameOf(KycDocumentAdded.class));
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
        return HANDLED.contains(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        DomainEvent added = event.event().get();
        if (added instanceof KycDocumentAdded document) {
            queueForPeople(document);
            return;
        }
        if (added instanceof ShopLogoSet logo) {
            Verdict logoVerdict = moderator.moderate(logo.url());
            ModerationCase.Subject shop = new ModerationCase.Subject(ModerationCase.Subject.Kind.SHOP_LOGO, logo.shopId());
            tx.inTransaction(() -> cases.add(ModerationCase.of(ids.next(), shop, logo.url(), logoVerdict,
                    clock.instant())));
            return;
        }
        ProductImageAdded productImage = event.as(ProductImageAdded.class);
        UUID productId = productImage.productId();
        URI image = productImage.url();
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
    private void queueForPeople(KycDocumentAdded document) {
        ModerationCase.Subject subject = new ModerationCase.Subject(document.subjectKind(), document.subjectId());
        tx.inTransaction(() -> cases.add(ModerationCase.of(ids.next(), subject, document.url(),
                Verdict.pendingManualReview(), clock.instant())));
    }
}
