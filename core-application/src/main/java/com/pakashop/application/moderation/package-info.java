/** Moderating product images through a {@link com.pakashop.application.moderation.ContentModerator}, and the review queue. */
package com.pakashop.application.moderation;
