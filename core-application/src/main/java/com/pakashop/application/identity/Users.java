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

    /** A sign-in name: a phone number in any form people type, or an email address. */
    default Optional<UserAccount> byLogin(String login) {
        if (login == null) {
            return Optional.empty();
        }
        Optional<PhoneNumber> phone = PhoneNumber.parse(login);
        return phone.isPresent() ? byPhone(phone.get()) : EmailAddress.parse(login).flatMap(this::byEmail);
    }

    UserAccount update(UserAccount user);

    /** Accounts matching {@code query} (name, phone or email) and {@code role}, ordered by id, after {@code after}. */
    List<UserAccount> search(Optional<String> query, Optional<Role> role, Optional<UUID> after, int limit);

    /** Up to {@code limit} TOTP secrets as stored (sealed), active and pending, of the newest accounts first. */
    List<String> sealedSecrets(int limit);
}
