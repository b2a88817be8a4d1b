package com.pakashop.shell.http;

import com.pakashop.domain.identity.EmailAddress;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import java.time.Instant;
import java.util.List;

/** An account as the API shows it: never a hash, a secret or a counter. */
record UserView(String id, String name, String phone, String email, List<String> roles, String status,
                boolean mfaEnabled, Instant createdAt) {
    static UserView of(UserAccount user) {
        return new UserView(user.id().toString(), user.name(), user.phone().e164(),
                user.email().map(EmailAddress::value).orElse(null),
                user.roles().stream().map(Role::name).sorted().toList(), user.status().name(), user.mfaEnabled(),
                user.createdAt());
    }
}
