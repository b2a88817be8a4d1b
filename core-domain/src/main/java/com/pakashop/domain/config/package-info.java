/** Runtime configuration that staff change without a deploy: feature flags. */
package com.pakashop.domain.config;
