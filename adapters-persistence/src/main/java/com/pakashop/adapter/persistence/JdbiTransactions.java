package com.pakashop.adapter.persistence;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.shared.DependencyUnavailable;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Transactions bound to the calling thread: the outermost call opens one, nested calls and every
 * repository used meanwhile share its handle. Lost connections become {@link DependencyUnavailable}
 * so callers see "the database is away", not a driver's exception.
 */
public final class JdbiTransactions implements Transactions {
    private static final String DATABASE = "database";

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return jdbi.inTransaction(handle -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** Runs against the current transaction's handle, or a short-lived one outside any transaction. */
    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = current.get();
        try {
            return handle != null ? callback.withHandle(handle) : jdbi.withHandle(callback);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    boolean inTransaction() {
        return current.get() != null;
    }

    private static RuntimeException translate(JdbiException e) {
        return connectionLost(e) ? new DependencyUnavailable(DATABASE, "The database is not answering; try again shortly", e) : e;
    }

    /** SQLState class 08 is "connection exception" in the SQL standard; Hikari's time-out is transient. */
    private static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
