package com.pakashop.adapter.persistence;


import com.pakashop.application.identity.Users;
import com.pakashop.domain.identity.EmailAddress;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Conflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Accounts in {@code users}; updates are optimistic on {@code version}. */
public final class JdbiUsers implements Users {
    private static final String COLUMNS = """
            id, name, phone, email, password_hash, roles, status, failed_logins, locked_until, session_epoch,
            totp_secret, totp_pending_secret, totp_last_step, created_at, version""";
    static final String UNIQUE_VIOLATION = "23505";

    private final JdbiTransactions tx;
    private final Clock clock;

    public JdbiUsers(JdbiTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void add(UserAccount user) {
        try {
            tx.withHandle(handle -> handle.createUpdate("""
                            INSERT INTO users (id, name, phone, email, password_hash, roles, status, failed_logins,
                                               locked_until, session_epoch, totp_secret, totp_pending_secret,
                                               totp_last_step, created_at, updated_at, version)
                            VALUES (:id, :name, :phone, :email, :passwordHash, :roles, :status, :failedLogins,
                                    :lockedUntil, :sessionEpoch, :totpSecret, :totpPending, :totpLastStep,
                                    :createdAt, :createdAt, 0)""")
                    .bindMap(columns(user))
                    .bindArray("roles", String.class, roleNames(user.roles()))
                    .bind("createdAt", user.createdAt())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (sqlState(e).equals(UNIQUE_VIOLATION)) {
                throw new Conflict("An account with this phone number or email already exists; sign in or reset the password");
            }
            throw e;
        }
    }

    @Override
    public Optional<UserAccount> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM users WHERE id = :value", id);
    }

    @Override
    public Optional<UserAccount> byIdForUpdate(UUID id) {
        return one("SELECT " + COLUMNS + " FROM users WHERE id = :value FOR UPDATE", id);
    }

    @Override
    public Optional<UserAccount> byPhone(PhoneNumber phone) {
        return one("SELECT " + COLUMNS + " FROM users WHERE phone = :value", phone.e164());
    }

    @Override
    public Optional<UserAccount> byEmail(EmailAddress email) {
        return one("SELECT " + COLUMNS + " FROM users WHERE email = :value", email.value());
    }

    @Override
    public UserAccount update(UserAccount user) {
        int updated = tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE users SET name = :name, password_hash = :passwordHash, roles = :roles, status = :status,
                               failed_logins = :failedLogins, locked_until = :lockedUntil, session_epoch = :sessionEpoch,
                               totp_secret = :totpSecret, totp_pending_secret = :totpPending,
                               totp_last_step = :totpLastStep, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .bindMap(columns(user))
                .bindArray("roles", String.class, roleNames(user.roles()))
                .bind("version", user.version())
                .bind("now", clock.instant())
                .execute());
        if (updated != 1) {
            throw new Conflict("The account was changed by someone else meanwhile; reload and try again");
        }
        return new UserAccount(user.id(), user.name(), user.phone(), user.email(), user.passwordHash(), user.roles(),
                user.status(), user.failedLogins(), user.lockedUntil(), user.sessionEpoch(), user.totpSecret(),
                user.pendingTotpSecret(), user.totpLastStep(), user.createdAt(), user.version() + 1);
    }

    @Override
    public List<UserAccount> search(Optional<String> query, Optional<Role> role, Optional<UUID> after, int limit) {
        return tx.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM users
                        WHERE id > :after
                          AND (CAST(:role AS text) IS NULL OR CAST(:role AS text) = ANY(roles))
                          AND (CAST(:pattern AS text) IS NULL OR name ILIKE :pattern OR email ILIKE :pattern
                               OR phone LIKE :digits)
                        ORDER BY id
                        LIMIT :limit""")
                .bind("after", after.orElse(new UUID(0, 0)))
                .bind("role", role.map(Role::name).orElse(null))
                .bind("pattern", query.map(q -> "%" + escapeLike(q) + "%").orElse(null))
                .bind("digits", query.map(q -> "%" + q.replaceAll("\\D", "") + "%").filter(d -> d.length() > 2)
                        .orElse("-"))
                .bind("limit", limit)
                .map((rs, ctx) -> user(rs))
                .list());
    }

    @Override
    public List<String> sealedSecrets(int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT secret FROM (
                            SELECT id, totp_secret AS secret FROM users WHERE totp_secret IS NOT NULL
                            UNION ALL
                            SELECT id, totp_pending_secret FROM users WHERE totp_pending_secret IS NOT NULL) sealed
                        ORDER BY id DESC
                        LIMIT :limit""")
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
    }

    /** The bindings shared by insert and update; a null map value binds SQL NULL. */
    private static Map<String, Object> columns(UserAccount user) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", user.id());
        columns.put("name", user.name());
        columns.put("phone", user.phone().e164());
        columns.put("email", user.email().map(EmailAddress::value).orElse(null));
        columns.put("passwordHash", user.passwordHash());
        columns.put("status", user.status().name());
        columns.put("failedLogins", user.failedLogins());
        columns.put("lockedUntil", user.lockedUntil().orElse(null));
        columns.put("sessionEpoch", user.sessionEpoch());
        columns.put("totpSecret", user.totpSecret().orElse(null));
        columns.put("totpPending", user.pendingTotpSecret().orElse(null));
        columns.put("totpLastStep", user.totpLastStep());
        return columns;
    }

    private Optional<UserAccount> one(String sql, Object value) {
        return tx.withHandle(handle -> handle.createQuery(sql).bind("value", value).map((rs, ctx) -> user(rs)).findOne());
    }

    private static UserAccount user(ResultSet rs) throws SQLException {
        Set<Role> roles = Arrays.stream((String[]) rs.getArray("roles").getArray())
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                new PhoneNumber(rs.getString("phone")),
                Optional.ofNullable(rs.getString("email")).map(EmailAddress::new),
                rs.getString("password_hash"),
                roles,
                UserAccount.Status.valueOf(rs.getString("status")),
                rs.getInt("failed_logins"),
                Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                rs.getInt("session_epoch"),
                Optional.ofNullable(rs.getString("totp_secret")),
                Optional.ofNullable(rs.getString("totp_pending_secret")),
                rs.getLong("totp_last_step"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"));
    }

    private static List<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
