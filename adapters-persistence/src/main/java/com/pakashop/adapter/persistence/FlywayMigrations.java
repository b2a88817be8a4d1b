package com.pakashop.adapter.persistence;

import com.pakashop.application.operations.SchemaMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The SQL files under {@code db/migration}, applied in version order by Flyway. Flyway is built
 * only to migrate or report; {@link #pending()} compares file names with the history table
 * directly, because a read-only CLI command asks it on every start and Flyway's own scan costs
 * a large share of a second.
 */
public final class FlywayMigrations implements SchemaMigrations {
    private static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private final DataSource dataSource;
    private volatile Flyway flyway;

    public FlywayMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int migrate() {
        return flyway().migrate().migrationsExecuted;
    }

    @Override
    public int pending() {
        Set<String> available = availableVersions();
        available.removeAll(appliedVersions());
        return available.size();
    }

    @Override
    public List<Migration> status() {
        return Arrays.stream(flyway().info().all())
                .map(m -> new Migration(m.getVersion() == null ? "repeatable" : m.getVersion().getVersion(),
                        m.getDescription(), m.getState().getDisplayName()))
                .toList();
    }

    private Flyway flyway() {
        Flyway built = flyway;
        if (built == null) {
            synchronized (this) {
                if (flyway == null) {
                    flyway = Flyway.configure().dataSource(dataSource).locations("classpath:" + LOCATION)
                            .validateMigrationNaming(true).load();
                }
                built = flyway;
            }
        }
        return built;
    }

    private Set<String> appliedVersions() {
        Set<String> applied = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rs = statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
                rs.next();
                exists = rs.getBoolean(1);
            }
            if (exists) {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
                    while (rs.next()) {
                        applied.add(normalise(rs.getString(1)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the schema history: " + e.getMessage(), e);
        }
        return applied;
    }

    /** The versions of the migration files this build carries, from its jar or its classes directory. */
    static Set<String> availableVersions() {
        Set<String> versions = new HashSet<>();
        try {
            Path source = Path.of(FlywayMigrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source.resolve(LOCATION))) {
                    files.forEach(file -> version(file.getFileName().toString()).ifPresent(versions::add));
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    jar.stream().filter(entry -> entry.getName().startsWith(LOCATION + "/"))
                            .forEach(entry -> version(entry.getName().substring(LOCATION.length() + 1))
                                    .ifPresent(versions::add));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the migrations this build carries", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the migrations' location is not a file", e);
        }
        return versions;
    }

    private static Optional<String> version(String fileName) {
        Matcher matcher = VERSIONED.matcher(fileName);
        return matcher.matches() ? Optional.of(normalise(matcher.group(1))) : Optional.empty();
    }

    /** Flyway writes 1.2 for V1_2 and V1.2 alike; leading zeros do not count. */
    private static String normalise(String version) {
        return Arrays.stream(version.split("[._]")).map(part -> part.replaceFirst("^0+(?=\\d)", ""))
                .reduce((a, b) -> a + "." + b).orElse(version);
    }
}
