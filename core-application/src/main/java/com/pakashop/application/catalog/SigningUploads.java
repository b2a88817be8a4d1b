package com.pakashop.application.catalog;

import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.NotFound;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands vendors upload signatures: product images go to their shop's folder, KYC documents to
 * their own. The folder and id are chosen here and signed, so nobody can write into another's.
 */
public final class SigningUploads {
    private static final String IMAGES = "jpg,png,webp";
    private static final String DOCUMENTS = "jpg,png,pdf";

    private final Optional<MediaStore> store;
    private final String missingSettings;
    private final Shops shops;
    private final Ids ids;
    private final Clock clock;

    /** {@code missingSettings} names what an operator sets when there is no store, for the message. */
    public SigningUploads(Optional<MediaStore> store, String missingSettings, Shops shops, Ids ids, Clock clock) {
        this.store = store;
        this.missingSettings = missingSettings;
        this.shops = shops;
        this.ids = ids;
        this.clock = clock;
    }

    public MediaStore.SignedUpload productImage(Principal caller, UUID shopId) {
        caller.require(Permission.SHOP_MANAGE_OWN);
        shops.ownedBy(shopId, caller)
                .orElseThrow(() -> new NotFound("No shop " + shopId));
        return sign(new MediaStore.UploadTarget(productFolder(shopId), "prd_" + ids.next(),
                "product,shop_" + shopId, IMAGES));
    }

    /** Anyone signed in: a buyer applying to sell uploads KYC documents before becoming a vendor. */
    public MediaStore.SignedUpload kycDocument(Principal caller) {
        caller.require(Permission.PROFILE_READ_OWN);
        UUID user = caller.self();
        return sign(new MediaStore.UploadTarget(kycFolder(user), "kyc_" + ids.next(), "kyc,user_" + user,
                DOCUMENTS));
    }

    static String productFolder(UUID shopId) {
        return "pakashop/products/shop_" + shopId;
    }

    static String kycFolder(UUID userId) {
        return "pakashop/kyc/user_" + userId;
    }

    private MediaStore.SignedUpload sign(MediaStore.UploadTarget target) {
        return store.orElseThrow(() -> new DependencyUnavailable("media store",
                        "Media uploads are not configured on this server (" + missingSettings + " settings)", null))
                .sign(target, clock.instant());
    }
}
