package io.openrcm.infra;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the JVM's shared Kafka broker and PostgreSQL server, in its own database:
 * {@code @WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))}.
 * Optional arg {@code topics}: comma-separated topic names created up front with {@link EmbeddedKafka#DEFAULT_PARTITIONS}.
 */
public class RcmInfraTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String TOPICS_ARG = "topics";

    private String database;
    private List<String> topics = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs its database: "
                    + "@WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = \"database\", value = \"...\"))");
        }
        PostgresDatabases.requireSafeName(database);
        String topicList = initArgs.getOrDefault(TOPICS_ARG, "");
        topics = Arrays.stream(topicList.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    @Override
    public Map<String, String> start() {
        SharedTestInfrastructure.Endpoints endpoints = SharedTestInfrastructure.endpoints();
        DatabaseRoles roles = endpoints.provision(database);
        endpoints.createTopics(topics, EmbeddedKafka.DEFAULT_PARTITIONS);
        // As in production: the service runs as a role that may only read and write rows, Flyway as the owner.
        return Map.of(
                "quarkus.datasource.jdbc.url", endpoints.jdbcUrl(database),
                "quarkus.datasource.username", roles.app(),
                "quarkus.datasource.password", roles.appPassword(),
                "quarkus.flyway.username", roles.owner(),
                "quarkus.flyway.password", roles.ownerPassword(),
                "kafka.bootstrap.servers", endpoints.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // The servers are shared by every test class in this JVM; a shutdown hook stops them when the JVM exits.
    }
}
