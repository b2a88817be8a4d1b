/**
 * Calls to providers' HTTP APIs, shared by the adapters that make them: one connection pool, a
 * circuit breaker per provider, one retry of quick failures for reads, and the one classification
 * of a failed call that money depends on: certainly not sent, or perhaps taken.
 */
package com.pakashop.support.http;
