/** Image moderation (seed §4.3): what a moderator found in an image, and the review of it. */
package com.pakashop.domain.moderation;
