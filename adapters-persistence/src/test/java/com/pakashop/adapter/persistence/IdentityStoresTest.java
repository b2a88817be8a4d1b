package com.pakashop.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.application.audit.AuditEntry;
import com.pakashop.application.audit.AuditLog;
import com.pakashop.domain.identity.EmailAddress;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Ids;
import com.pakashop.testkit.TestPhones;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;

class IdentityStoresTest {
    private static final PostgresDatabase db = MigratedDatabase.get();
    private final Clock clock = Clock.systemUTC();
    private final Ids ids = new Ids(clock);
    private final JdbiTransactions tx = new JdbiTransactions(db.jdbi());
    private final JdbiUsers users = new JdbiUsers(tx, clock);

    @Test
    void anAccountRoundTripsWithItsRolesAndOptionalFields() {
        UserAccount user = newUser(Optional.of(new EmailAddress("Chanda." + UUID.randomUUID() + "@Example.zm")));
        users.add(user);

        UserAccount loaded = users.byId(user.id()).orElseThrow();

        assertThat(loaded.roles()).containsExactlyInAnyOrder(Role.BUYER, Role.VENDOR);
        assertThat(loaded.email()).isEqualTo(user.email());
        assertThat(users.byPhone(user.phone())).contains(loaded);
        assertThat(users.byEmail(user.email().orElseThrow())).contains(loaded);
    }

    @Test
    void aSecondAccountWithTheSamePhoneIsAConflict() {
        UserAccount user = newUser(Optional.empty());
        users.add(user);
        UserAccount twin = UserAccount.register(ids.next(), "Twin", user.phone(), Optional.empty(), "hash",
                Set.of(Role.BUYER), clock.instant());

        assertThatThrownBy(() -> tx.inTransaction(() -> users.add(twin))).isInstanceOf(Conflict.class);
    }

    @Test
    void aStaleUpdateLosesInsteadOfOverwriting() {
        UserAccount user = newUser(Optional.empty());
        users.add(user);
        users.update(user.withRoles(Set.of(Role.AGENT)));

        assertThatThrownBy(() -> users.update(user.suspended())).isInstanceOf(Conflict.class);
        assertThat(users.byId(user.id()).orElseThrow().roles()).containsExactly(Role.AGENT);
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletesEvenFromItsOwner() {
        JdbiAuditLog audit = new JdbiAuditLog(tx);
        UUID id = ids.next();
        audit.record(new AuditEntry(id, clock.instant(), "ROLES_CHANGED", "user:a", "user:b", "127.0.0.1", "req-1",
                Map.of("after", "ADMIN")));

        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET actor = 'nobody' WHERE id = ?", id)))
                .isInstanceOf(JdbiException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE id = ?", id)))
                .isInstanceOf(JdbiException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("TRUNCATE audit_log")))
                .isInstanceOf(JdbiException.class).hasMessageContaining("append-only");
        assertThat(audit.search(new AuditLog.AuditQuery(Optional.empty(), Optional.of("user:a"), Optional.of("user:b")),
                Optional.empty(), 10)).extracting(AuditEntry::id).contains(id);
    }

    @Test
    void aRefreshTokenRotatesOnlyOnce() {
        UserAccount user = newUser(Optional.empty());
        users.add(user);
        JdbiRefreshTokens tokens = new JdbiRefreshTokens(tx);
        UUID id = ids.next();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tokens.add(new com.pakashop.application.identity.RefreshTokens.StoredRefreshToken(id, ids.next(), user.id(),
                "hash-" + id, now, now.plusSeconds(60), Optional.empty(), Optional.empty()));

        assertThat(tokens.rotate(id, now)).isTrue();
        assertThat(tokens.rotate(id, now)).isFalse();
        assertThat(tokens.byHash("hash-" + id).orElseThrow().rotatedAt()).contains(now);
    }

    private UserAccount newUser(Optional<EmailAddress> email) {
        PhoneNumber phone = new PhoneNumber(TestPhones.fresh("96"));
        return UserAccount.register(ids.next(), "Chanda Mwale", phone, email, "$argon2id$fake",
                Set.of(Role.BUYER, Role.VENDOR), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
