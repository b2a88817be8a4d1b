/**
 * Delivery tracking: dispatching an order to an agent, taking the agent's GPS fixes through a
 * {@link com.pakashop.application.tracking.LocationSmoother}, publishing smoothed positions to
 * watchers, the arriving geofence, and confirming delivery with the buyer's PIN.
 */
package com.pakashop.application.tracking;
