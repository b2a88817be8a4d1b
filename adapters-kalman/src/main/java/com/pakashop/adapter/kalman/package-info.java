/** LocationSmoother: a Kalman filter over agents' GPS fixes. */
package com.pakashop.adapter.kalman;
