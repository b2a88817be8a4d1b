package com.pakashop.application.moderation;

import com.pakashop.domain.moderation.Verdict;
import java.net.URI;

/**
 * Looks at an image at a public URL. Errors and time-outs throw
 * {@link com.pakashop.domain.shared.DependencyUnavailable}, so the caller retries later; they are
 * never an approval.
 */
public interface ContentModerator {

    Verdict moderate(URI image);
}
