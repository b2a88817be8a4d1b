package com.pakashop.adapter.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDirectoryFileStorageTest {
    @TempDir
    Path root;

    @Test
    void aSignatureIsStoredUnderItsNameAndNothingEscapesTheRoot() throws Exception {
        LocalDirectoryFileStorage storage = new LocalDirectoryFileStorage(root);

        String where = storage.store("signatures/order-1/abc.png", new byte[] {1, 2, 3});

        assertThat(Files.readAllBytes(Path.of(where))).containsExactly(1, 2, 3);
        assertThat(Path.of(where).startsWith(root)).isTrue();
        assertThatThrownBy(() -> storage.store("../etc/passwd", new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.store("/abs/path", new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        try (var files = Files.list(Path.of(where).getParent())) {
            assertThat(files).as("no partial files left").hasSize(1);
        }
    }
}
