package com.pakashop.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShopTest {
    private final ShopProfile profile = ShopProfile.of("Duka", "duka-one", "Ndola", "Ndola", "0977123456",
            "0961234567", "mtn", "1234567890", null, List.of(), null);

    @Test
    void eachNetworkOwnsItsPrefixes() {
        assertThat(MobileNetwork.of(new PhoneNumber("+260961234567"))).contains(MobileNetwork.MTN);
        assertThat(MobileNetwork.of(new PhoneNumber("+260771234567"))).contains(MobileNetwork.AIRTEL);
        assertThat(MobileNetwork.of(new PhoneNumber("+260751234567"))).contains(MobileNetwork.ZAMTEL);
        assertThat(MobileNetwork.of(new PhoneNumber("+260911234567"))).isEmpty();
    }

    @Test
    void aProfileIsNormalised() {
        assertThat(profile.payoutNetwork()).isEqualTo(MobileNetwork.MTN);
        assertThat(profile.payoutNumber().e164()).isEqualTo("+260961234567");
        assertThat(profile.tpin()).contains("1234567890");
    }

    @Test
    void everyBadFieldIsReported() {
        assertThatThrownBy(() -> ShopProfile.of("", "ab", "", "", "12", "0971234567", "MTN", "123", "x".repeat(21),
                List.of("http://insecure.example/doc.pdf"), "ftp://logo"))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("name", "slug", "town", "district", "contactPhone", "payoutNetwork",
                                "tpin", "branchId", "kycDocumentUrls[0]", "logoUrl"));
    }

    @Test
    void aShopMovesOnlyAlongItsLifeCycle() {
        Shop pending = Shop.open(UUID.randomUUID(), UUID.randomUUID(), profile, Instant.now());

        Shop active = pending.approved();
        Shop suspended = active.suspended("complaints");

        assertThat(suspended.reinstated().status()).isEqualTo(ShopStatus.ACTIVE);
        assertThatThrownBy(active::approved).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> pending.suspended("x")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> pending.rejected("no KYC").approved()).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> pending.rejected("no KYC").withProfile(profile)).isInstanceOf(Conflict.class);
    }
}
