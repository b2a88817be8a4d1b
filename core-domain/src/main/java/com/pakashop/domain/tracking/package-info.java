/** Delivery tracking: positions on the earth, GPS fixes, the destination geofence and the delivery PIN rules. */
package com.pakashop.domain.tracking;
