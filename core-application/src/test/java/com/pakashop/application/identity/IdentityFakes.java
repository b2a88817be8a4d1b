package com.pakashop.application.identity;

import com.pakashop.application.audit.AuditEntry;
import com.pakashop.application.audit.AuditLog;
import com.pakashop.application.notifications.Notification;
import com.pakashop.application.notifications.Notifier;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.EmailAddress;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Unauthenticated;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Small in-memory stand-ins for the identity ports: enough to test use cases without a database. */
final class IdentityFakes {
    private IdentityFakes() {
    }

    static final class MemoryUsers implements Users {
        final Map<UUID, UserAccount> rows = new HashMap<>();

        @Override
        public void add(UserAccount user) {
            rows.put(user.id(), user);
        }

        @Override
        public Optional<UserAccount> byId(UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<UserAccount> byIdForUpdate(UUID id) {
            return byId(id);
        }

        @Override
        public Optional<UserAccount> byPhone(PhoneNumber phone) {
            return rows.values().stream().filter(u -> u.phone().equals(phone)).findFirst();
        }

        @Override
        public Optional<UserAccount> byEmail(EmailAddress email) {
            return rows.values().stream().filter(u -> u.email().equals(Optional.of(email))).findFirst();
        }

        @Override
        public UserAccount update(UserAccount user) {
            UserAccount stored = rows.get(user.id());
            if (stored.version() != user.version()) {
                throw new Conflict("stale");
            }
            UserAccount next = new UserAccount(user.id(), user.name(), user.phone(), user.email(), user.passwordHash(),
                    user.roles(), user.status(), user.failedLogins(), user.lockedUntil(), user.sessionEpoch(),
                    user.totpSecret(), user.pendingTotpSecret(), user.totpLastStep(), user.createdAt(), user.version() + 1);
            rows.put(user.id(), next);
            return next;
        }

        @Override
        public List<String> sealedSecrets(int limit) {
            return rows.values().stream()
                    .flatMap(user -> Stream.of(user.totpSecret(), user.pendingTotpSecret()))
                    .flatMap(Optional::stream)
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<UserAccount> search(Optional<String> query, Optional<Role> role, Optional<UUID> after, int limit) {
            return List.copyOf(rows.values());
        }
    }

    /** "hash:" + password; counts verifications so tests can see a dummy hash was checked. */
    static final class PlainHasher implements PasswordHasher {
        int verifications;

        @Override
        public String hash(String password) {
            return "hash:" + password;
        }

        @Override
        public boolean verify(String password, String hash) {
            verifications++;
            return hash.equals("hash:" + password);
        }

        @Override
        public void verifyAgainstNothing(String password) {
            verifications++;
        }
    }

    static final class CountingTokens implements AccessTokens {
        @Override
        public String issue(AccessClaims claims) {
            return (claims.enrolmentOnly() ? "enrol:" : "access:") + claims.userId() + ":" + claims.sessionEpoch();
        }

        @Override
        public AccessClaims verify(String token) {
            String[] parts = token.split(":");
            if (parts.length != 3) {
                throw new Unauthenticated("bad token");
            }
            return new AccessClaims(UUID.fromString(parts[1]), Integer.parseInt(parts[2]), parts[0].equals("enrol"));
        }

        @Override
        public Duration lifetime() {
            return Duration.ofMinutes(15);
        }
    }

    static final class MemoryRefreshTokens implements RefreshTokens {
        final Map<String, StoredRefreshToken> byHash = new HashMap<>();

        @Override
        public void add(StoredRefreshToken token) {
            byHash.put(token.tokenHash(), token);
        }

        @Override
        public Optional<StoredRefreshToken> byHash(String tokenHash) {
            return Optional.ofNullable(byHash.get(tokenHash));
        }

        @Override
        public boolean rotate(UUID tokenId, Instant at) {
            for (StoredRefreshToken t : byHash.values()) {
                if (t.id().equals(tokenId) && t.rotatedAt().isEmpty() && t.revokedAt().isEmpty()) {
                    byHash.put(t.tokenHash(), with(t, Optional.of(at), t.revokedAt()));
                    return true;
                }
            }
            return false;
        }

        @Override
        public void revokeFamily(UUID familyId, Instant at) {
            byHash.values().stream().filter(t -> t.familyId().equals(familyId)).toList()
                    .forEach(t -> byHash.put(t.tokenHash(), with(t, t.rotatedAt(), Optional.of(at))));
        }

        @Override
        public void revokeAllOf(UUID userId, Instant at) {
            byHash.values().stream().filter(t -> t.userId().equals(userId)).toList()
                    .forEach(t -> byHash.put(t.tokenHash(), with(t, t.rotatedAt(), Optional.of(at))));
        }

        private static StoredRefreshToken with(StoredRefreshToken t, Optional<Instant> rotated, Optional<Instant> revoked) {
            return new StoredRefreshToken(t.id(), t.familyId(), t.userId(), t.tokenHash(), t.issuedAt(), t.expiresAt(),
                    rotated, revoked);
        }
    }

    static final class MemoryIpFailures implements IpLoginFailures {
        final Map<String, Integer> failures = new HashMap<>();
        final Map<String, Instant> locks = new HashMap<>();

        @Override
        public Optional<Instant> lockedUntil(String ip) {
            return Optional.ofNullable(locks.get(ip));
        }

        @Override
        public int recordFailure(String ip, Instant at) {
            return failures.merge(ip, 1, Integer::sum);
        }

        @Override
        public void lock(String ip, Instant until) {
            locks.put(ip, until);
        }

        @Override
        public void clear(String ip) {
            failures.remove(ip);
            locks.remove(ip);
        }
    }

    static final class SentNotifications implements Notifier {
        final List<Notification> sent = new ArrayList<>();

        @Override
        public void send(Notification notification) {
            sent.add(notification);
        }
    }

    static final class MemoryAudit implements AuditLog {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<AuditEntry> search(AuditQuery query, Optional<UUID> after, int limit) {
            return List.copyOf(entries);
        }

        List<String> actions() {
            return entries.stream().map(AuditEntry::action).toList();
        }
    }

    static final class Direct implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }
}
