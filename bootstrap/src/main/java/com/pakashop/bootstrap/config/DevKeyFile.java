package com.pakashop.bootstrap.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The keys {@code dev} made up, kept in one file so that a restarted server and the CLI sign and
 * decrypt with the same ones: a key generated per process made every TOTP secret and token of the
 * previous run unreadable. Never used in {@code prod}, where every key must come from the
 * environment.
 */
public final class DevKeyFile {
    static final String VARIABLE = "PAKASHOP_DEV_KEYS_FILE";
    static final String DEFAULT_PATH = "data/dev-keys.properties";
    /** One JVM may hold a file lock once; the HTTP tests start several apps in one JVM. */
    private static final Object IN_PROCESS = new Object();

    private final Path path;

    public DevKeyFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The keys named in {@code wanted}, each read from the file or generated and written to it now. */
    public Kept keep(Map<String, Supplier<String>> wanted) {
        synchronized (IN_PROCESS) {
            try {
                Path directory = path.toAbsolutePath().getParent();
                Files.createDirectories(directory);
                Path lockPath = directory.resolve(path.getFileName() + ".lock");
                try (FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    return keepLocked(wanted);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the development keys in " + path + ": " + e.getMessage(), e);
            }
        }
    }

    private Kept keepLocked(Map<String, Supplier<String>> wanted) throws IOException {
        Properties stored = read();
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> created = new TreeSet<>();
        wanted.forEach((name, generator) -> {
            String value = stored.getProperty(name);
            if (value == null || value.isBlank()) {
                value = generator.get();
                stored.setProperty(name, value);
                created.add(name);
            }
            values.put(name, value);
        });
        if (!created.isEmpty()) {
            write(stored);
        }
        return new Kept(values, created);
    }

    private Properties read() throws IOException {
        Properties properties = new Properties();
        if (Files.exists(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private void write(Properties properties) throws IOException {
        Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, ownerOnly());
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Pakashop development keys: generated once, read by the API and the CLI. "
                    + "Never copy them to production.");
        }
        try {
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    /** The keys asked for, and which of them this call generated. */
    public record Kept(Map<String, String> values, Set<String> created) {
        public Kept {
            values = Map.copyOf(values);
            created = Set.copyOf(created);
        }
    }
}
