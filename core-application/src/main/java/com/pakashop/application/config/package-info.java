/** Feature flags: stored in PostgreSQL, cached, read by the core through {@link com.pakashop.application.config.FeatureFlags}. */
package com.pakashop.application.config;
