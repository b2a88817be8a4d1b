package com.pakashop.adapter.persistence;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates the development database on first run, whatever DATABASE_URL names, so a newcomer needs no manual step. */
public final class PostgresDatabases {
    /** Names we can quote without escaping; PostgreSQL itself allows 63 bytes. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,62}");

    private PostgresDatabases() {
    }

    /**
     * Returns true when the database had to be created. Throws {@link DatabaseUnreachable} when
     * PostgreSQL does not answer and IllegalArgumentException for a name we will not create.
     */
    public static boolean createIfMissing(DatabaseSettings settings) {
        URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
        String name = uri.getPath().substring(1);
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the database name '" + name + "' in DATABASE_URL must be up to 63 "
                    + "letters, digits, _ and - for dev to create it");
        }
        String adminUrl = settings.jdbcUrl().replaceFirst("/" + Pattern.quote(name) + "(\\?|$)", "/postgres$1");
        try (Connection c = DriverManager.getConnection(adminUrl, settings.user(), settings.password())) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
            }
            return true;
        } catch (SQLException e) {
            throw new DatabaseUnreachable(settings, e);
        }
    }
}
