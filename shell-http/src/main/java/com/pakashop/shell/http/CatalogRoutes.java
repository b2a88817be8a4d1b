package com.pakashop.shell.http;

import com.pakashop.application.catalog.BrowsingProducts;
import com.pakashop.application.catalog.ManagingCategories;
import com.pakashop.application.catalog.ManagingProducts;
import com.pakashop.application.catalog.MediaStore;
import com.pakashop.application.catalog.Products;
import com.pakashop.application.catalog.SigningUploads;
import com.pakashop.domain.catalog.Category;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.catalog.ProductDetails;
import com.pakashop.domain.catalog.ProductStatus;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.ValidationFailed;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The category tree and products: vendors manage their own, everyone browses what is on sale. */
final class CatalogRoutes implements RouteGroup {
    private static final int DEFAULT_PAGE = 24;

    private final SigningUploads signingUploads;
    private final ManagingCategories managingCategories;
    private final ManagingProducts managingProducts;
    private final BrowsingProducts browsingProducts;
    private final Requests requests;
    private final Cursors cursors;

    CatalogRoutes(SigningUploads signingUploads, ManagingCategories managingCategories,
                  ManagingProducts managingProducts, BrowsingProducts browsingProducts, Requests requests,
                  Cursors cursors) {
        this.signingUploads = signingUploads;
        this.managingCategories = managingCategories;
        this.managingProducts = managingProducts;
        this.browsingProducts = browsingProducts;
        this.requests = requests;
        this.cursors = cursors;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/categories", Access.CLIENT, Guard.anonymous(), this::categories),
                ApiRoute.post("/api/v1/admin/categories", Access.CLIENT, Guard.signedIn(),
                        this::addCategory),
                ApiRoute.post("/api/v1/shops/{shopId}/products", Access.CLIENT, Guard.signedIn(), this::addProduct),
                ApiRoute.patch("/api/v1/products/{id}", Access.CLIENT, Guard.signedIn(), this::editProduct),
                ApiRoute.get("/api/v1/products/{id}", Access.CLIENT, Guard.anonymous(), this::product),
                ApiRoute.get("/api/v1/products", Access.CLIENT, Guard.anonymous(), this::browse),
                ApiRoute.post("/api/v1/media/signatures", Access.CLIENT, Guard.signedIn(),
                        this::signUpload));
    }

    private void signUpload(Context ctx) {
        SignatureRequest body = requests.body(ctx, SignatureRequest.class);
        MediaStore.SignedUpload signed = switch (body.purpose() == null ? "" : body.purpose()) {
            case "product-image" -> signingUploads.productImage(Authorization.principal(ctx),
                    Requests.uuid("shopId", body.shopId()));
            case "kyc-document" -> signingUploads.kycDocument(Authorization.principal(ctx));
            default -> throw ValidationFailed.of("purpose", "must be product-image or kyc-document");
        };
        ctx.json(signed);
    }

    private void categories(Context ctx) {
        ctx.json(Map.of("items", managingCategories.tree().stream().map(CategoryView::of).toList()));
    }

    private void addCategory(Context ctx) {
        CategoryRequest body = requests.body(ctx, CategoryRequest.class);
        Optional<UUID> parent = Optional.ofNullable(body.parentId()).map(id -> Requests.uuid("parentId", id));
        Category category = managingCategories.add(Authorization.principal(ctx), parent, body.name(),
                body.slug(), requests.context(ctx));
        ctx.status(201).json(CategoryView.of(category));
    }

    private void addProduct(Context ctx) {
        UUID shopId = Requests.uuid("shopId", ctx.pathParam("shopId"));
        Product product = managingProducts.add(Authorization.principal(ctx), shopId,
                details(requests.body(ctx, ProductRequest.class)));
        ctx.status(201).json(ProductView.of(product));
    }

    private void editProduct(Context ctx) {
        ProductPatch body = requests.body(ctx, ProductPatch.class);
        Optional<ProductDetails> details = Optional.ofNullable(body.product()).map(CatalogRoutes::details);
        Optional<ProductStatus> status = Optional.ofNullable(body.status()).map(CatalogRoutes::status);
        if (details.isEmpty() && status.isEmpty()) {
            throw ValidationFailed.of("product", "send product details, a status, or both");
        }
        ctx.json(ProductView.of(managingProducts.edit(Authorization.principal(ctx),
                Requests.uuid("id", ctx.pathParam("id")), details, status)));
    }

    private void product(Context ctx) {
        ctx.json(ProductView.of(managingProducts.view(Authorization.optionalPrincipal(ctx),
                Requests.uuid("id", ctx.pathParam("id")))));
    }

    private void browse(Context ctx) {
        int limit = Requests.limit(ctx, DEFAULT_PAGE, BrowsingProducts.MAX_PAGE);
        Products.ProductQuery query = new Products.ProductQuery(
                Requests.query(ctx, "category").map(id -> Requests.uuid("category", id)),
                Requests.query(ctx, "shop").map(id -> Requests.uuid("shop", id)),
                Requests.query(ctx, "minPrice").map(amount -> price("minPrice", amount)),
                Requests.query(ctx, "maxPrice").map(amount -> price("maxPrice", amount)),
                Requests.query(ctx, "town"),
                Requests.query(ctx, "inStock").map(CatalogRoutes::flag).orElse(false));
        List<Product> page = browsingProducts.browse(query,
                cursors.decode(Requests.query(ctx, "cursor")), limit);
        ctx.json(Page.of(page, limit, ProductView::of, product -> cursors.encode(product.id())));
    }

    private static ProductDetails details(ProductRequest body) {
        MoneyJson price = body.price() == null ? new MoneyJson(null, null) : body.price();
        return ProductDetails.of(body.title(), body.description(),
                body.categoryId() == null ? null : Requests.uuid("categoryId", body.categoryId()),
                price.amount(), price.currency(),
                body.compareAtPrice() == null ? null : body.compareAtPrice().amount(),
                body.compareAtPrice() == null ? null : body.compareAtPrice().currency(),
                body.stockQuantity(), body.sku(), body.attributes(), body.imageUrls());
    }

    private static Money price(String field, String amount) {
        return Money.parse(amount, Money.ZMW)
                .orElseThrow(() -> ValidationFailed.of(field, "must be a decimal amount in kwacha such as 150.00"));
    }

    private static boolean flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationFailed.of("inStock", "must be true or false");
        };
    }

    private static ProductStatus status(String text) {
        try {
            return ProductStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("status", "must be one of " + List.of(ProductStatus.values()));
        }
    }

    record CategoryRequest(String name, String slug, String parentId) {
    }

    record SignatureRequest(String purpose, String shopId) {
    }

    record ProductRequest(String title, String description, String categoryId, MoneyJson price, MoneyJson compareAtPrice,
                          Long stockQuantity, String sku, Map<String, String> attributes, List<String> imageUrls) {
    }

    record ProductPatch(ProductRequest product, String status) {
    }

    record CategoryView(String id, String parentId, String name, String slug) {
        static CategoryView of(Category c) {
            return new CategoryView(c.id().toString(), c.parentId().map(UUID::toString).orElse(null), c.name(), c.slug());
        }
    }

    record ProductView(String id, String shopId, String title, String description, String categoryId, MoneyJson price,
                       MoneyJson compareAtPrice, long stockQuantity, String sku, Map<String, String> attributes,
                       List<String> imageUrls, String status, boolean moderationHold, Instant createdAt) {
        static ProductView of(Product p) {
            ProductDetails d = p.details();
            return new ProductView(p.id().toString(), p.shopId().toString(), d.title(), d.description(),
                    d.categoryId().toString(), MoneyJson.of(d.price()), d.compareAtPrice().map(MoneyJson::of).orElse(null),
                    d.stock(), d.sku().orElse(null), d.attributes(), d.images().stream().map(URI::toString).toList(),
                    p.status().name(), p.moderationHold(), p.createdAt());
        }
    }
}
