package io.openrcm.platform.config;

import java.util.List;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * Stops a production build from starting with a missing or default password (see {@link ProductionSecrets}). Flyway
 * runs before start-up events, so {@link ProductionSecretsFlywayGuard} makes the same check first; this observer
 * covers a service that migrates nothing at start.
 */
@ApplicationScoped
@IfBuildProfile("prod")
public class ProductionSecretsCheck {

    void onStart(@Observes StartupEvent event, Config config) {
        refuseUnsafe(config);
    }

    /**
     * Throws, naming each unsafe setting (never its value), when production must not start with this configuration.
     *
     * @throws IllegalStateException when a password is missing, well known, the user's name or too short
     */
    public static void refuseUnsafe(Config config) {
        List<String> problems = ProductionSecrets.problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production with unsafe secrets: "
                    + String.join("; ", problems) + ". Set each from the environment (for example"
                    + " QUARKUS_DATASOURCE_PASSWORD) with a generated value; deploy/run.sh does this for the local stack.");
        }
    }
}
