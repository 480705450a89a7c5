package io.openrcm.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/** The guard Quarkus runs while it builds Flyway: an unsafe password stops start-up before any connection. */
class ProductionSecretsFlywayGuardTest {

    private final AtomicInteger connections = new AtomicInteger();

    @Test
    void aWellKnownPasswordIsRefusedBeforeFlywayOpensAConnection() {
        FluentConfiguration flyway = Flyway.configure().dataSource(countingDataSource());
        ProductionSecretsFlywayGuard guard = new ProductionSecretsFlywayGuard(config(Map.of(
                "quarkus.datasource.username", "rcm_claims_app", "quarkus.datasource.password", "postgres")));

        assertThatThrownBy(() -> guard.customize(flyway)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start in production")
                .hasMessageContaining("quarkus.datasource.password is a well-known default password");
        assertThat(connections).as("connections Flyway asked for").hasValue(0);
    }

    @Test
    void generatedPasswordsLetFlywayBeBuilt() {
        FluentConfiguration flyway = Flyway.configure().dataSource(countingDataSource());
        new ProductionSecretsFlywayGuard(config(Map.of("quarkus.datasource.username", "rcm_claims_app",
                "quarkus.datasource.password", "Vq3pY8n0s5dXc2LwR7tJ1mKz4bHf6gUe"))).customize(flyway);

        assertThat(connections).hasValue(0);
    }

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }

    private DataSource countingDataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                        throw new IllegalStateException("no database in this test");
                    }
                    if (method.getReturnType() == int.class) {
                        return 0;
                    }
                    if (method.getReturnType() == boolean.class) {
                        return false;
                    }
                    return method.getName().equals("getLogWriter") ? new PrintWriter(System.out) : null;
                });
    }
}
