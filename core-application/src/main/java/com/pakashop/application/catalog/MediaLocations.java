package com.pakashop.application.catalog;

import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.ValidationFailed;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Which image and document URLs we accept: only what was uploaded to our Cloudinary cloud, into
 * the folder the upload signature chose ({@link SigningUploads}): a shop's product images in that
 * shop's folder, a user's KYC documents in theirs. Anything else (another site, another shop's
 * picture, an internal address) could change after moderation or point inside our network, so it
 * is refused, naming the field.
 */
public final class MediaLocations {
    private static final String HOST = "res.cloudinary.com";

    private final Optional<String> cloudName;

    public MediaLocations(Optional<String> cloudName) {
        this.cloudName = cloudName;
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
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String name = field.apply(i);
            if (cloudName.isEmpty()) {
                errors.add(new FieldError(name, "uploads are not set up on this server "
                        + "(CLOUDINARY_*), so no image or document can be accepted"));
            } else if (!ours(urls.get(i), cloudName.get(), folder)) {
                errors.add(new FieldError(name, "must be uploaded through POST /api/v1/media/signatures: "
                        + "https://" + HOST + "/" + cloudName.get() + "/image/upload/…/" + folder + "/…"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private static boolean ours(URI url, String cloud, String folder) {
        String path = url.getPath();
        return "https".equals(url.getScheme()) && HOST.equals(url.getHost()) && url.getPort() == -1
                && url.getRawUserInfo() == null && path != null && url.getRawQuery() == null
                && path.startsWith("/" + cloud + "/image/upload/") && path.contains("/" + folder + "/")
                && !path.contains("/../") && !path.contains("/./");
    }
}
