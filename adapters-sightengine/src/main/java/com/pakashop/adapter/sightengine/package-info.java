/** ContentModerator for Sightengine image moderation. */
package com.pakashop.adapter.sightengine;
