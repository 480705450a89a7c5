package io.openrcm.platform.config;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The production default-password refusal, run while Quarkus builds the Flyway instance: before Flyway opens its
 * first connection, so a service with a well-known password never migrates (nor creates the history table of) the
 * database it would then refuse to serve.
 */
@Singleton
@IfBuildProfile("prod")
public class ProductionSecretsFlywayGuard implements FlywayConfigurationCustomizer {

    private final Config config;

    @Inject
    public ProductionSecretsFlywayGuard(Config config) {
        this.config = config;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        ProductionSecretsCheck.refuseUnsafe(config);
    }
}
