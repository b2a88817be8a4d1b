package com.pakashop.adapter.files;

import com.pakashop.application.tracking.FileStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files under one root directory. A name may not climb out of the root; a file is written to a
 * temporary name and moved into place, so a crash never leaves half a signature under its real name.
 */
public final class LocalDirectoryFileStorage implements FileStorage {
    private final Path root;

    public LocalDirectoryFileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String store(String name, byte[] bytes) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9./-]{0,250}") || name.contains("..")) {
            throw new IllegalArgumentException("not a storable file name: " + name);
        }
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("not a storable file name: " + name);
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("could not store " + name, e);
        }
    }
}
