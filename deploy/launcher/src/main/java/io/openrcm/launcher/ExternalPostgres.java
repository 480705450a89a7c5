package io.openrcm.launcher;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server the stack uses instead of starting its own.
 *
 * @param serverUrl {@code jdbc:postgresql://host:port}, without a database
 */
public record ExternalPostgres(String serverUrl, String username, String password) {

    private static final Pattern SERVER_URL = Pattern.compile("jdbc:postgresql://[^/?#\\s]+/?");

    public ExternalPostgres {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (serverUrl == null || !SERVER_URL.matcher(serverUrl).matches()) {
            throw new IllegalArgumentException("The PostgreSQL server URL must look like jdbc:postgresql://host:port"
                    + " (no database: each service gets its own), got: " + serverUrl);
        }
        serverUrl = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
    }

    @Override
    public String toString() {
        // Never print the password.
        return "ExternalPostgres[" + serverUrl + ", user " + username + "]";
    }
}
