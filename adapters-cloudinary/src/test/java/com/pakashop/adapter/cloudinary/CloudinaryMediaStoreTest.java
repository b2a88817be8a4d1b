package com.pakashop.adapter.cloudinary;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.application.catalog.MediaStore;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudinaryMediaStoreTest {

    @Test
    void matchesCloudinarysOfficialVector() {
        CloudinaryMediaStore signer = new CloudinaryMediaStore("demo", "123", "abcd", "sha1");

        assertThat(signer.signature(Map.of("eager", "w_400,h_300,c_pad|w_260,h_200,c_crop", "public_id", "sample_image",
                "timestamp", "1315060510"))).isEqualTo("bfd09f95f331f558cbd1320e67aa8d488770583e");
    }

    @Test
    void matchesThePakashopExampleInBothAlgorithms() {
        Map<String, String> params = Map.of("folder", "pakashop/products/shop_42", "public_id", "prd_7f3a9c_1",
                "tags", "product,shop_42", "context", "alt=Red chitenge|shop=42", "timestamp", "1767225600");

        assertThat(new CloudinaryMediaStore("c", "k", "Zx9TestSecretNotReal", "sha1").signature(params))
                .isEqualTo("1189b3d4b8e35df4e06ce1447c8b881f0dc0e309");
        assertThat(new CloudinaryMediaStore("c", "k", "Zx9TestSecretNotReal", "sha256").signature(params))
                .isEqualTo("317cbc4d1bd6f394e0c528d2a8a8be2071f842871b75447786f485a044c97168");
    }

    @Test
    void aSignedUploadCarriesExactlyTheSignedParametersAndNeverTheSecret() {
        CloudinaryMediaStore signer = new CloudinaryMediaStore("pakashop-demo", "614335564976464", "Zx9TestSecretNotReal",
                "sha1");

        MediaStore.SignedUpload upload = signer.sign(new MediaStore.UploadTarget("pakashop/products/shop_42",
                "prd_1", "product,shop_42", "jpg,png,webp"), Instant.ofEpochSecond(1767225600));

        assertThat(upload.uploadUrl()).isEqualTo("https://api.cloudinary.com/v1_1/pakashop-demo/image/upload");
        assertThat(upload.params()).containsEntry("timestamp", "1767225600").containsKeys("folder", "public_id", "tags",
                "allowed_formats");
        assertThat(upload.signature()).isEqualTo(signer.signature(upload.params()));
        assertThat(upload.toString()).doesNotContain("Zx9TestSecretNotReal");
    }

    @Test
    void holdsOnlyItsOwnDeliveryUrlsInTheSignedFolder() {
        CloudinaryMediaStore store = new CloudinaryMediaStore("pakashop", "k", "s", "sha1");
        String folder = "pakashop/products/shop_42";

        assertThat(store.holds(URI.create("https://res.cloudinary.com/pakashop/image/upload/v1/" + folder + "/prd_1.jpg"),
                folder)).isTrue();
        for (String other : new String[] {
            "http://res.cloudinary.com/pakashop/image/upload/v1/" + folder + "/prd_1.jpg",
            "https://res.cloudinary.com/someone-else/image/upload/v1/" + folder + "/prd_1.jpg",
            "https://res.cloudinary.com/pakashop/image/upload/v1/pakashop/products/shop_43/prd_1.jpg",
            "https://res.cloudinary.com:8443/pakashop/image/upload/v1/" + folder + "/prd_1.jpg",
            "https://user@res.cloudinary.com/pakashop/image/upload/v1/" + folder + "/prd_1.jpg",
            "https://res.cloudinary.com/pakashop/image/upload/v1/" + folder + "/prd_1.jpg?x=1",
            "https://res.cloudinary.com/pakashop/image/upload/v1/" + folder + "/../shop_43/prd_1.jpg",
            "https://evil.example/pakashop/image/upload/v1/" + folder + "/prd_1.jpg"}) {
            assertThat(store.holds(URI.create(other), folder)).as(other).isFalse();
        }
        assertThat(store.urlPattern(folder)).isEqualTo("https://res.cloudinary.com/pakashop/image/upload/…/" + folder + "/…");
    }
}
