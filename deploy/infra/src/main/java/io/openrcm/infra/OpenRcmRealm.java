package io.openrcm.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The local stack's OIDC realm ({@code deploy/keycloak/openrcm-realm.json}) and how to start Keycloak with it. */
public final class OpenRcmRealm {

    public static final String NAME = "openrcm";
    /** The audience every service requires in a token. */
    public static final String AUDIENCE = "openrcm";
    /** The confidential client that authenticates with a signed JWT; its public key is filled in at start. */
    public static final String JWT_CLIENT_ID = "ehr-lakeside-jwt";
    /** Overrides where the realm file is read from. */
    public static final String REALM_FILE_PROPERTY = "rcm.keycloak.realm-file";

    static final String JWKS_PLACEHOLDER = "__EHR_JWT_JWKS__";
    private static final Path RELATIVE_FILE = Path.of("deploy", "keycloak", "openrcm-realm.json");

    private OpenRcmRealm() {
    }

    /** The realm file: the configured one, else deploy/keycloak/ of the first directory upwards from start that has it. */
    public static Path realmFile(Path start) {
        String configured = System.getProperty(REALM_FILE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(RELATIVE_FILE))) {
                return dir.resolve(RELATIVE_FILE);
            }
        }
        throw new IllegalStateException("No " + RELATIVE_FILE + " above " + start.toAbsolutePath() + "; set -D" + REALM_FILE_PROPERTY);
    }

    /** Starts Keycloak with the realm imported; the private_key_jwt client trusts jwtClientKey's public half. */
    public static EmbeddedKeycloak start(Path runDirectory, int port, Path realmFile, ClientSigningKey jwtClientKey, Duration startupTimeout) {
        String jwksAsJsonString = jwtClientKey.publicJwks().replace("\"", "\\\"");
        return EmbeddedKeycloak.start(runDirectory, port, NAME, realmFile, Map.of(JWKS_PLACEHOLDER, jwksAsJsonString), startupTimeout);
    }
}
