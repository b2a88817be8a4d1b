package com.pakashop.bootstrap;

import com.pakashop.adapter.cloudinary.CloudinaryMediaStore;
import com.pakashop.adapter.persistence.JdbiCarts;
import com.pakashop.adapter.persistence.JdbiCategories;
import com.pakashop.adapter.persistence.JdbiProducts;
import com.pakashop.adapter.persistence.JdbiShops;
import com.pakashop.adapter.persistence.JdbiUsers;
import com.pakashop.adapter.persistence.JdbiVendorApplications;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.catalog.ApplyingToSell;
import com.pakashop.application.catalog.BrowsingProducts;
import com.pakashop.application.catalog.ManagingCategories;
import com.pakashop.application.catalog.ManagingProducts;
import com.pakashop.application.catalog.MediaLocations;
import com.pakashop.application.catalog.ModeratingShops;
import com.pakashop.application.catalog.RunningShops;
import com.pakashop.application.catalog.SigningUploads;
import com.pakashop.application.catalog.MediaStore;
import com.pakashop.application.ordering.KeepingCarts;
import com.pakashop.bootstrap.config.Providers;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.util.Optional;

/** Shops, the catalogue, uploads and carts, wired once per process. */
public final class CatalogModule {
    private static final String MEDIA_SETTINGS = "CLOUDINARY_*";

    private final RunningShops runningShops;
    private final ModeratingShops moderatingShops;
    private final ManagingCategories managingCategories;
    private final ManagingProducts managingProducts;
    private final BrowsingProducts browsingProducts;
    private final SigningUploads signingUploads;
    private final KeepingCarts keepingCarts;
    private final ApplyingToSell applyingToSell;

    CatalogModule(Providers providers, JdbiTransactions tx, Outbox outbox, Auditing audit, Ids ids, Clock clock) {
        JdbiShops shops = new JdbiShops(tx, clock);
        JdbiCategories categories = new JdbiCategories(tx, clock);
        JdbiProducts products = new JdbiProducts(tx, clock);
        Optional<MediaStore> store = providers.cloudinaryApiSecret().map(secret -> new CloudinaryMediaStore(
                providers.cloudinaryCloudName().orElseThrow(), providers.cloudinaryApiKey().orElseThrow(), secret.reveal(),
                providers.cloudinarySignatureAlgorithm()));
        MediaLocations media = new MediaLocations(store, MEDIA_SETTINGS);
        this.runningShops = new RunningShops(shops, media, outbox, tx, audit, ids, clock);
        this.moderatingShops = new ModeratingShops(shops, tx, audit);
        this.managingCategories = new ManagingCategories(categories, tx, audit, ids);
        this.managingProducts = new ManagingProducts(products, shops, categories, outbox, media, tx, ids, clock);
        this.applyingToSell = new ApplyingToSell(new JdbiVendorApplications(tx), new JdbiUsers(tx, clock), media,
                outbox, audit, tx, ids, clock);
        this.browsingProducts = new BrowsingProducts(products);
        this.signingUploads = new SigningUploads(store, MEDIA_SETTINGS, shops, ids, clock);
        this.keepingCarts = new KeepingCarts(new JdbiCarts(tx), products, shops, clock);
    }

    public ApplyingToSell applyingToSell() {
        return applyingToSell;
    }

    public KeepingCarts keepingCarts() {
        return keepingCarts;
    }

    public SigningUploads signingUploads() {
        return signingUploads;
    }

    public ManagingCategories managingCategories() {
        return managingCategories;
    }

    public ManagingProducts managingProducts() {
        return managingProducts;
    }

    public BrowsingProducts browsingProducts() {
        return browsingProducts;
    }

    public RunningShops runningShops() {
        return runningShops;
    }

    public ModeratingShops moderatingShops() {
        return moderatingShops;
    }
}
