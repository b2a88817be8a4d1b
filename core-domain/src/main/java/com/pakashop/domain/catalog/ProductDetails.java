package com.pakashop.domain.catalog;

import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.Validation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a vendor says about a product, checked as a whole: a compare-at price, when given, must be
 * above the price (it is the "was" price shown crossed out); stock is never negative.
 */
public record ProductDetails(String title, String description, java.util.UUID categoryId, Money price,
                             Optional<Money> compareAtPrice, long stock, Optional<String> sku,
                             Map<String, String> attributes, List<URI> images) {
    public static final long MAX_PRICE_MINOR = 100_000_000_00L;
    private static final int MAX_IMAGES = 12;
    private static final int MAX_ATTRIBUTES = 30;

    public ProductDetails {
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
        images = List.copyOf(images);
    }

    /** Prices arrive as decimal strings in kwacha ("150.00"); the marketplace trades in ZMW only. */
    public static ProductDetails of(String title, String description, java.util.UUID categoryId, String priceAmount,
                                    String priceCurrency, String compareAtAmount, String compareAtCurrency, Long stock,
                                    String sku, Map<String, String> attributes, List<String> imageUrls) {
        Validation errors = new Validation();
        Optional<Money> price = money("price", priceAmount, priceCurrency, errors);
        Optional<Money> compareAtPrice = compareAtAmount == null ? Optional.empty()
                : money("compareAtPrice", compareAtAmount, compareAtCurrency, errors);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 140) {
            errors.add("title", "is required, at most 140 characters");
        }
        String cleanDescription = description == null ? "" : description.strip();
        if (cleanDescription.length() > 5000) {
            errors.add("description", "must be at most 5000 characters");
        }
        if (categoryId == null) {
            errors.add("categoryId", "is required");
        }
        price.filter(p -> p.minor() <= 0 || p.minor() > MAX_PRICE_MINOR)
                .ifPresent(p -> errors.add("price.amount", "must be above 0.00 and at most 100000000.00"));
        if (compareAtPrice.isPresent() && price.isPresent()
                && (!compareAtPrice.get().currency().equals(price.get().currency())
                || compareAtPrice.get().compareTo(price.get()) <= 0)) {
            errors.add("compareAtPrice", "must be in the same currency and above the price");
        }
        if (stock == null || stock < 0 || stock > 1_000_000) {
            errors.add("stockQuantity", "must be a whole number from 0 to 1000000");
        }
        Optional<String> cleanSku = Optional.ofNullable(sku).map(String::strip).filter(s -> !s.isEmpty());
        if (cleanSku.map(s -> s.length() > 64).orElse(false)) {
            errors.add("sku", "must be at most 64 characters");
        }
        Map<String, String> cleanAttributes = attributes == null ? Map.of() : attributes;
        if (cleanAttributes.size() > MAX_ATTRIBUTES || cleanAttributes.entrySet().stream()
                .anyMatch(e -> e.getKey() == null || e.getKey().isBlank() || e.getKey().length() > 40
                        || e.getValue() == null || e.getValue().length() > 200)) {
            errors.add("attributes", "at most " + MAX_ATTRIBUTES
                    + " entries, names up to 40 characters, values up to 200");
        }
        List<URI> images = new ArrayList<>();
        List<String> urls = imageUrls == null ? List.of() : imageUrls;
        if (urls.size() > MAX_IMAGES) {
            errors.add("imageUrls", "at most " + MAX_IMAGES + " images");
        }
        for (int i = 0; i < urls.size() && i < MAX_IMAGES; i++) {
            try {
                URI uri = new URI(urls.get(i));
                if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new java.net.URISyntaxException(urls.get(i), "not https");
                }
                images.add(uri);
            } catch (java.net.URISyntaxException | NullPointerException e) {
                errors.add("imageUrls[" + i + "]", "must be an https URL");
            }
        }
        errors.throwIfInvalid();
        return new ProductDetails(cleanTitle, cleanDescription, categoryId, price.get(), compareAtPrice, stock, cleanSku,
                cleanAttributes, images);
    }

    private static Optional<Money> money(String field, String amount, String currency, Validation errors) {
        if (amount == null) {
            errors.add(field + ".amount", "is required, as a decimal string such as \"150.00\"");
            return Optional.empty();
        }
        if (currency != null && !Money.ZMW.getCurrencyCode().equals(currency)) {
            errors.add(field + ".currency", "must be ZMW");
            return Optional.empty();
        }
        Optional<Money> parsed = Money.parse(amount, Money.ZMW);
        if (parsed.isEmpty()) {
            errors.add(field + ".amount", "must be a decimal string with at most 2 decimals, such as \"150.00\"");
        }
        return parsed;
    }
}
