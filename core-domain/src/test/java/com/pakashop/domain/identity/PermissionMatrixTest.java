package com.pakashop.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.shared.Forbidden;
import com.pakashop.domain.shared.NotFound;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PermissionMatrixTest {

    @Test
    void everyRoleHasARowAndEveryUserManagesTheirOwnProfile() {
        for (Role role : Role.values()) {
            assertThat(PermissionMatrix.allows(Set.of(role), Permission.PROFILE_READ_OWN)).as(role.name()).isTrue();
        }
    }

    @Test
    void buyersVendorsAndAgentsCannotAdministerAnyone() {
        for (Role role : EnumSet.of(Role.BUYER, Role.VENDOR, Role.AGENT)) {
            assertThat(PermissionMatrix.allows(Set.of(role), Permission.USERS_READ_ANY)).isFalse();
            assertThat(PermissionMatrix.grantable(Set.of(role))).isEmpty();
        }
    }

    @Test
    void onlySuperAdminsGrantAdminAndNobodyGrantsSuperAdminThroughTheMatrix() {
        assertThat(PermissionMatrix.grantable(Set.of(Role.ADMIN))).doesNotContain(Role.ADMIN, Role.SUPER_ADMIN)
                .contains(Role.FINANCE, Role.VENDOR, Role.AGENT, Role.SUPPORT, Role.MODERATOR);
        assertThat(PermissionMatrix.grantable(Set.of(Role.SUPER_ADMIN))).contains(Role.ADMIN).doesNotContain(Role.SUPER_ADMIN);
    }

    @Test
    void onlyFinanceAndAdminsRefundPaymentsAndSupportMayNot() {
        for (Role role : EnumSet.of(Role.FINANCE, Role.ADMIN, Role.SUPER_ADMIN)) {
            assertThat(PermissionMatrix.allows(Set.of(role), Permission.PAYMENTS_REFUND)).as(role.name()).isTrue();
        }
        for (Role role : EnumSet.of(Role.BUYER, Role.VENDOR, Role.AGENT, Role.SUPPORT, Role.MODERATOR)) {
            assertThat(PermissionMatrix.allows(Set.of(role), Permission.PAYMENTS_REFUND)).as(role.name()).isFalse();
        }
    }

    @Test
    void theMfaRolesAreFinanceAdminAndSuperAdmin() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role::requiresMfa))
                .containsExactlyInAnyOrder(Role.FINANCE, Role.ADMIN, Role.SUPER_ADMIN);
    }

    @Test
    void anEnrolmentPrincipalMayDoNothingFromTheMatrix() {
        Principal enrolling = Principal.enrolment(UUID.randomUUID());

        for (Permission permission : Permission.values()) {
            assertThat(enrolling.can(permission)).isFalse();
        }
    }

    @Test
    void theSystemPrincipalHasItsOwnSetWithoutRoleGranting() {
        assertThat(Principal.SYSTEM.can(Permission.OUTBOX_OPERATE)).isTrue();
        assertThat(Principal.SYSTEM.can(Permission.ROLES_GRANT_ADMIN)).isFalse();
        assertThat(Principal.SYSTEM.describe()).isEqualTo("system");
    }

    @Test
    void anotherUsersObjectLooksMissingUnlessYouMayReadAny() {
        UUID owner = UUID.randomUUID();
        Principal stranger = Principal.user(UUID.randomUUID(), Set.of(Role.BUYER));
        Principal support = Principal.user(UUID.randomUUID(), Set.of(Role.SUPPORT));

        assertThatThrownBy(() -> stranger.requireOwnerOr(owner, Permission.USERS_READ_ANY, "user"))
                .isInstanceOf(NotFound.class);
        support.requireOwnerOr(owner, Permission.USERS_READ_ANY, "user");
        Principal.user(owner, Set.of(Role.BUYER)).requireOwnerOr(owner, Permission.USERS_READ_ANY, "user");
        assertThatThrownBy(() -> stranger.require(Permission.AUDIT_READ)).isInstanceOf(Forbidden.class);
    }
}
