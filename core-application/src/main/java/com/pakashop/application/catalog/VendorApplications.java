package com.pakashop.application.catalog;

import com.pakashop.domain.catalog.VendorApplication;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Applications to sell. At most one PENDING per user, which {@link #add} keeps even under a race. */
public interface VendorApplications {

    /** False, adding nothing, when the user already has a PENDING application. */
    boolean add(VendorApplication application);

    Optional<VendorApplication> byIdForUpdate(UUID id);

    Optional<VendorApplication> pendingOf(UUID userId);

    /** Saves a decision against the application's version; Conflict if it moved. */
    VendorApplication update(VendorApplication before, VendorApplication after);

    /** Newest first, before {@code before} (an id). */
    List<VendorApplication> find(Optional<UUID> userId, Optional<VendorApplication.Status> status,
                                 Optional<UUID> before, int limit);
}
