package io.openrcm.infra;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} at the JVM's shared Kafka broker and PostgreSQL server, in its own database:
 * {@code @WithTestResource(value = RcmInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims"))}.
 * Optional arg {@code topics}: comma-separated topic names created up front with {@link EmbeddedKafka#DEFAULT_PARTITIONS}.
 * The service connects to Kafka as its own principal of {@link KafkaAccessTable}, so its tests also prove that its ACLs
 * suffice: the one of arg {@code kafka-user}, by default the service whose database it is.
 */
public class RcmInfraTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String TOPICS_ARG = "topics";
    public static final String KAFKA_USER_ARG = "kafka-user";

    private static final Map<String, String> SERVICE_OF_DATABASE = Map.of("code", KafkaAccessTable.CODE_SERVICE,
            "claims", KafkaAccessTable.CLAIM_SERVICE, "reimbursement", KafkaAccessTable.REIMBURSEMENT_SERVICE,
            "dashboard", KafkaAccessTable.DASHBOARD);

    private String database;
    private List<String> topics = List.of();
    private String kafkaUser;

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
        kafkaUser = initArgs.getOrDefault(KAFKA_USER_ARG, SERVICE_OF_DATABASE.get(database));
        if (kafkaUser == null || !KafkaAccessTable.principals().contains(kafkaUser)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs a Kafka principal of KafkaAccessTable "
                    + KafkaAccessTable.principals() + " for database " + database + ": @ResourceArg(name = \"" + KAFKA_USER_ARG
                    + "\", value = \"...\"), got " + kafkaUser);
        }
    }

    @Override
    public Map<String, String> start() {
        SharedTestInfrastructure.Endpoints endpoints = SharedTestInfrastructure.endpoints();
        DatabaseRoles roles = endpoints.provision(database);
        endpoints.createTopics(topics, EmbeddedKafka.DEFAULT_PARTITIONS);
        // As in production: the service runs as a role that may only read and write rows, Flyway as the owner, and
        // connects to Kafka as its own principal.
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", endpoints.jdbcUrl(database));
        config.put("quarkus.datasource.username", roles.app());
        config.put("quarkus.datasource.password", roles.appPassword());
        config.put("quarkus.flyway.username", roles.owner());
        config.put("quarkus.flyway.password", roles.ownerPassword());
        config.put("kafka.bootstrap.servers", endpoints.kafkaBootstrapServers());
        endpoints.kafkaCredentials(kafkaUser).ifPresentOrElse(credentials -> config.putAll(credentials.serviceConfig()),
                () -> {
                    // A broker run elsewhere without security (-Drcm.infra.kafka.bootstrap-servers=...): no login, but
                    // the service's configuration still expands its login line.
                    config.put("kafka.security.protocol", "PLAINTEXT");
                    config.put("rcm.kafka.password", "unused-without-security");
                });
        return config;
    }

    @Override
    public void stop() {
        // The servers are shared by every test class in this JVM; a shutdown hook stops them when the JVM exits.
    }
}
