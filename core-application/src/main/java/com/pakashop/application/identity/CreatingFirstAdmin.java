package com.pakashop.application.identity;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.EmailAddress;
import com.pakashop.domain.identity.PasswordPolicy;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CLI's way to make a super administrator (the API cannot grant that role). TOTP is enrolled
 * on the spot, because the role cannot sign in without it: the otpauth URI is returned once.
 */
public final class CreatingFirstAdmin {
    private final Users users;
    private final PasswordHasher hasher;
    private final SecretCipher cipher;
    private final TotpVerification totp;
    private final RecoveryCodes recoveryCodes;
    private final OpaqueTokens opaque;
    private final Transactions tx;
    private final Auditing audit;
    private final Ids ids;
    private final Clock clock;

    public CreatingFirstAdmin(Users users, PasswordHasher hasher, SecretCipher cipher, TotpVerification totp,
                              RecoveryCodes recoveryCodes, OpaqueTokens opaque, Transactions tx, Auditing audit, Ids ids,
                              Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.cipher = cipher;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.opaque = opaque;
        this.tx = tx;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public CreatedAdmin create(Principal operator, String name, String phone, String email, String password) {
        Validation errors = new Validation();
        Optional<PhoneNumber> parsedPhone = PhoneNumber.parse(phone);
        Optional<EmailAddress> parsedEmail = EmailAddress.parse(email);
        if (parsedPhone.isEmpty()) {
            errors.add("phone", "must be a Zambian mobile number");
        }
        if (parsedEmail.isEmpty()) {
            errors.add("email", "must be an email address");
        }
        if (name == null || name.isBlank()) {
            errors.add("name", "is required");
        }
        try {
            PasswordPolicy.requireAcceptable("password", password, Set.of());
        } catch (ValidationFailed e) {
            errors.addAll(e.errors());
        }
        errors.throwIfInvalid();
        byte[] secret = opaque.newTotpSecret();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            codes.add(opaque.newRecoveryCode());
        }
        UserAccount admin = UserAccount.register(ids.next(), name.strip(), parsedPhone.get(), parsedEmail,
                        hasher.hash(password), Set.of(Role.SUPER_ADMIN), clock.instant())
                .withPendingTotp(cipher.encrypt(secret))
                .withConfirmedTotp(totp.currentStep() - 2);
        tx.inTransaction(() -> {
            users.add(admin);
            recoveryCodes.replaceAll(admin.id(), codes.stream().map(OpaqueTokens::hash).toList());
            audit.record("SUPER_ADMIN_CREATED", operator.describe(), "user:" + admin.id(), RequestContext.NONE, Map.of());
        });
        return new CreatedAdmin(admin, TotpUri.of(admin, Base32.encode(secret)), List.copyOf(codes));
    }

    public record CreatedAdmin(UserAccount user, String otpauthUri, List<String> recoveryCodes) {
        @Override
        public String toString() {
            return "CreatedAdmin[" + user.id() + "]";
        }
    }
}
