package com.pakashop.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DATABASE_URL in either form operators write: {@code postgresql://user:pass@host:port/db} (also
 * {@code postgres://}) or {@code jdbc:postgresql://host:port/db?user=…&password=…}. Credentials
 * are taken out of the URL so the JDBC URL can be shown and logged.
 */
public record DatabaseUrl(String jdbcUrl, String user, Secret password, String host, int port, String database) {
    static final String DEFAULT_USER = "postgres";

    public static Optional<DatabaseUrl> parse(String text) {
        String trimmed = text.trim();
        String withoutJdbc = trimmed.startsWith("jdbc:") ? trimmed.substring(5) : trimmed;
        if (!withoutJdbc.startsWith("postgresql://") && !withoutJdbc.startsWith("postgres://")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(withoutJdbc);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            return Optional.empty();
        }
        String user = DEFAULT_USER;
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        List<String> keptParameters = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String[] kv = parameter.split("=", 2);
                String value = kv.length > 1 ? decode(kv[1]) : "";
                switch (kv[0]) {
                    case "user" -> user = value;
                    case "password" -> password = value;
                    default -> keptParameters.add(parameter);
                }
            }
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String database = uri.getPath().substring(1);
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database
                + (keptParameters.isEmpty() ? "" : "?" + String.join("&", keptParameters));
        return Optional.of(new DatabaseUrl(jdbc, user, new Secret(password), uri.getHost(), port, database));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** For display: the JDBC URL and user, never the password. */
    public String shown() {
        return jdbcUrl + " (user " + user + (password.reveal().isEmpty() ? "" : ", password ****") + ")";
    }
}
