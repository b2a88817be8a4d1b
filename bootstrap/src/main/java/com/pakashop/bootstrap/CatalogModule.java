package com.pakashop.bootstrap;

import com.pakashop.adapter.persistence.JdbiShops;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.catalog.ModeratingShops;
import com.pakashop.application.catalog.RunningShops;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;

/** Shops (and, as the commerce issue goes on, the catalog), wired once per process. */
public final class CatalogModule {
    private final RunningShops runningShops;
    private final ModeratingShops moderatingShops;

    CatalogModule(JdbiTransactions tx, Auditing audit, Ids ids, Clock clock) {
        JdbiShops shops = new JdbiShops(tx, clock);
        this.runningShops = new RunningShops(shops, tx, audit, ids, clock);
        this.moderatingShops = new ModeratingShops(shops, tx, audit);
    }

    public RunningShops runningShops() {
        return runningShops;
    }

    public ModeratingShops moderatingShops() {
        return moderatingShops;
    }
}
