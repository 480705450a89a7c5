package io.openrcm.infra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest}'s OIDC bearer-token check at the JVM's test Keycloak (openrcm realm), for the tests
 * that send real tokens: {@code @WithTestResource(KeycloakTestResource.class)}. Other tests keep the OIDC tenant off
 * and use {@code @TestSecurity}, so they never wait for a provider to start.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        SharedTestInfrastructure.Identity identity = SharedTestInfrastructure.identity();
        return Map.of(
                "quarkus.oidc.auth-server-url", identity.issuer(),
                "quarkus.oidc.tenant-enabled", "true");
    }

    @Override
    public void stop() {
        // Shared by every test class in this JVM; a shutdown hook stops it when the JVM exits.
    }
}
