package com.pakashop.application.identity;

import com.pakashop.domain.identity.EmailAddress;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Accounts. {@link #update} saves against the account's version and fails with Conflict if it moved. */
public interface Users {

    /** Throws Conflict when the phone or email is taken (without saying which). */
    void add(UserAccount user);

    Optional<UserAccount> byId(UUID id);

    /** Reads and locks the row until the transaction ends; call inside one. */
    Optional<UserAccount> byIdForUpdate(UUID id);

    Optional<UserAccount> byPhone(PhoneNumber phone);

    Optional<UserAccount> byEmail(EmailAddress email);

    UserAccount update(UserAccount user);

    /** Accounts matching {@code query} (name, phone or email) and {@code role}, ordered by id, after {@code after}. */
    List<UserAccount> search(Optional<String> query, Optional<Role> role, Optional<UUID> after, int limit);
}
