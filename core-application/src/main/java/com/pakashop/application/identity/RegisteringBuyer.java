package com.pakashop.application.identity;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.EmailAddress;
import com.pakashop.domain.identity.PasswordPolicy;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Anyone may open a buyer account with a Zambian mobile number and a password. */
public final class RegisteringBuyer {
    private final Users users;
    private final PasswordHasher hasher;
    private final Transactions tx;
    private final Auditing audit;
    private final Ids ids;
    private final Clock clock;

    public RegisteringBuyer(Users users, PasswordHasher hasher, Transactions tx, Auditing audit, Ids ids, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.tx = tx;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public UserAccount register(Registration registration, RequestContext context) {
        String hash = hasher.hash(registration.password());
        UserAccount user = UserAccount.register(ids.next(), registration.name(), registration.phone(),
                registration.email(), hash, Set.of(Role.BUYER), clock.instant());
        return tx.inTransaction(() -> {
            users.add(user);
            audit.record("USER_REGISTERED", "user:" + user.id(), "user:" + user.id(), context, Map.of());
            return user;
        });
    }

    /** A checked registration: the phone normalised, the email parsed, the password acceptable. */
    public record Registration(String name, PhoneNumber phone, Optional<EmailAddress> email, String password) {
        @Override
        public String toString() {
            return "Registration[" + phone.masked() + "]";
        }

        public static Registration of(String name, String phone, String email, String password) {
            Validation errors = new Validation();
            String trimmedName = name == null ? "" : name.strip();
            if (trimmedName.isEmpty() || trimmedName.length() > 100) {
                errors.add("name", "is required, at most 100 characters");
            }
            Optional<PhoneNumber> parsedPhone = PhoneNumber.parse(phone);
            if (parsedPhone.isEmpty()) {
                errors.add("phone", "must be a Zambian mobile number such as 0977 123 456 or +260977123456");
            }
            Optional<EmailAddress> parsedEmail = Optional.empty();
            if (email != null && !email.isBlank()) {
                parsedEmail = EmailAddress.parse(email);
                if (parsedEmail.isEmpty()) {
                    errors.add("email", "must be an email address");
                }
            }
            try {
                PasswordPolicy.requireAcceptable("password", password, personalWords(trimmedName, parsedPhone, parsedEmail));
            } catch (ValidationFailed e) {
                errors.addAll(e.errors());
            }
            errors.throwIfInvalid();
            return new Registration(trimmedName, parsedPhone.orElseThrow(), parsedEmail, password);
        }

        private static Set<String> personalWords(String name, Optional<PhoneNumber> phone, Optional<EmailAddress> email) {
            Set<String> words = new java.util.HashSet<>(List.of(name.split("\\s+")));
            phone.ifPresent(p -> words.add(p.e164().substring(4)));
            email.ifPresent(e -> words.add(e.value().substring(0, e.value().indexOf('@'))));
            return words;
        }
    }
}
