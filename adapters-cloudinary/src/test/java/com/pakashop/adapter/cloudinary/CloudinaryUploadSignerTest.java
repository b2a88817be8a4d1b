package com.pakashop.adapter.cloudinary;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.application.catalog.UploadSigner;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudinaryUploadSignerTest {

    @Test
    void matchesCloudinarysOfficialVector() {
        CloudinaryUploadSigner signer = new CloudinaryUploadSigner("demo", "123", "abcd", "sha1");

        assertThat(signer.signature(Map.of("eager", "w_400,h_300,c_pad|w_260,h_200,c_crop", "public_id", "sample_image",
                "timestamp", "1315060510"))).isEqualTo("bfd09f95f331f558cbd1320e67aa8d488770583e");
    }

    @Test
    void matchesThePakashopExampleInBothAlgorithms() {
        Map<String, String> params = Map.of("folder", "pakashop/products/shop_42", "public_id", "prd_7f3a9c_1",
                "tags", "product,shop_42", "context", "alt=Red chitenge|shop=42", "timestamp", "1767225600");

        assertThat(new CloudinaryUploadSigner("c", "k", "Zx9TestSecretNotReal", "sha1").signature(params))
                .isEqualTo("1189b3d4b8e35df4e06ce1447c8b881f0dc0e309");
        assertThat(new CloudinaryUploadSigner("c", "k", "Zx9TestSecretNotReal", "sha256").signature(params))
                .isEqualTo("317cbc4d1bd6f394e0c528d2a8a8be2071f842871b75447786f485a044c97168");
    }

    @Test
    void aSignedUploadCarriesExactlyTheSignedParametersAndNeverTheSecret() {
        CloudinaryUploadSigner signer = new CloudinaryUploadSigner("pakashop-demo", "614335564976464", "Zx9TestSecretNotReal",
                "sha1");

        UploadSigner.SignedUpload upload = signer.sign(new UploadSigner.UploadTarget("pakashop/products/shop_42",
                "prd_1", "product,shop_42", "jpg,png,webp"), Instant.ofEpochSecond(1767225600));

        assertThat(upload.uploadUrl()).isEqualTo("https://api.cloudinary.com/v1_1/pakashop-demo/image/upload");
        assertThat(upload.params()).containsEntry("timestamp", "1767225600").containsKeys("folder", "public_id", "tags",
                "allowed_formats");
        assertThat(upload.signature()).isEqualTo(signer.signature(upload.params()));
        assertThat(upload.toString()).doesNotContain("Zx9TestSecretNotReal");
    }
}
