package com.pakashop.bootstrap;

import com.pakashop.adapter.persistence.JdbiReconciliation;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.adapter.statements.ProviderStatements;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.reconciliation.DailyReconciliation;
import com.pakashop.application.reconciliation.ReconcilingStatements;
import com.pakashop.application.reconciliation.ResolvingDiscrepancies;
import com.pakashop.application.reconciliation.StatementFormats;
import com.pakashop.bootstrap.config.BackOfficeSettings;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;

/** Reconciliation: statements against our books, by hand or daily, and finance's resolution of what differs. */
public final class ReconciliationModule {
    private final StatementFormats formats = new StatementFormats(ProviderStatements.all());
    private final ReconcilingStatements reconciling;
    private final ResolvingDiscrepancies resolving;
    private final DailyReconciliation daily;

    ReconciliationModule(BackOfficeSettings settings, JdbiTransactions tx, Auditing auditing, Ids ids, Clock clock) {
        JdbiReconciliation store = new JdbiReconciliation(tx, ids);
        this.reconciling = new ReconcilingStatements(store, auditing, tx, ids, clock);
        this.resolving = new ResolvingDiscrepancies(store, auditing, tx, clock);
        this.daily = new DailyReconciliation(reconciling, formats, store, settings.statementsDir(), settings.reconciliationTime(),
                tx, clock);
    }

    /** The statement exports finance can hand in, by provider name. */
    public StatementFormats formats() {
        return formats;
    }

    public ReconcilingStatements reconciling() {
        return reconciling;
    }

    public ResolvingDiscrepancies resolving() {
        return resolving;
    }

    public DailyReconciliation daily() {
        return daily;
    }
}
