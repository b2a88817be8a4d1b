package com.pakashop.domain.catalog;

/** DRAFT while the vendor prepares it, ACTIVE while on sale, ARCHIVED when withdrawn for good. */
public enum ProductStatus { DRAFT, ACTIVE, ARCHIVED }
