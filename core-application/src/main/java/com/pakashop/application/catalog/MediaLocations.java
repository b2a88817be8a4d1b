package com.pakashop.application.catalog;

import com.pakashop.domain.shared.Validation;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Which image and document URLs we accept: only what was uploaded to our media store, into
 * the folder the upload signature chose ({@link SigningUploads}): a shop's product images in that
 * shop's folder, a user's KYC documents in theirs. Anything else (another site, another shop's
 * picture, an internal address) could change after moderation or point inside our network, so it
 * is refused, naming the field.
 */
public final class MediaLocations {
    private final Optional<MediaStore> store;
    private final String missingSettings;

    /** {@code missingSettings} names what an operator sets when there is no store, for the message. */
    public MediaLocations(Optional<MediaStore> store, String missingSettings) {
        this.store = store;
        this.missingSettings = missingSettings;
    }

    public void requireProductImages(UUID shopId, List<URI> urls) {
        require(i -> "imageUrls[" + i + "]", urls, SigningUploads.productFolder(shopId));
    }

    public void requireKycDocuments(UUID userId, List<URI> urls) {
        require(i -> "kycDocumentUrls[" + i + "]", urls, SigningUploads.kycFolder(userId));
    }

    /** A shop's logo is uploaded like its product images, into the shop's folder. */
    public void requireShopLogo(UUID shopId, Optional<URI> logo) {
        logo.ifPresent(url -> require(i -> "logoUrl", List.of(url), SigningUploads.productFolder(shopId)));
    }

    private void require(IntFunction<String> field, List<URI> urls, String folder) {
        Validation errors = new Validation();
        for (int i = 0; i < urls.size(); i++) {
            String name = field.apply(i);
            if (store.isEmpty()) {
                errors.add(name, "uploads are not set up on this server "
                        + "(" + missingSettings + "), so no image or document can be accepted");
            } else if (!store.get().holds(urls.get(i), folder)) {
                errors.add(name, "must be uploaded through POST /api/v1/media/signatures: "
                        + store.get().urlPattern(folder));
            }
        }
        errors.throwIfInvalid();
    }
}
