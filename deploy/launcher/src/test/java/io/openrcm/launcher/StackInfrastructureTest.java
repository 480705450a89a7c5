package io.openrcm.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.openrcm.infra.DatabaseRoles;
import io.openrcm.infra.KafkaAccessTable;
import io.openrcm.infra.KafkaCredentials;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL and Kafka half of the stack, with no services (theirs are built by other modules). */
class StackInfrastructureTest {

    @TempDir
    Path repo;

    @Test
    void startsPostgresWithTheServiceDatabasesAndKafkaWithTheTopics() throws Exception {
        try (Stack stack = Stack.start(infrastructureOnly().topics(List.of("claims.v1")).build())) {
            for (String database : List.of("code", "claims", "reimbursement")) {
                assertThat(queryOne(stack, database, "select current_database()")).isEqualTo(database);
            }
            try (Admin admin = Admin.create(admin(stack))) {
                assertThat(admin.describeTopics(List.of("claims.v1")).allTopicNames().get().get("claims.v1").partitions()).hasSize(6);
            }
        }
    }

    @Test
    void keepsDataAcrossRestartsAndWipesItOnReset() throws Exception {
        try (Stack stack = Stack.start(infrastructureOnly().build())) {
            execute(stack, "claims", "create table claim (id text primary key)", "insert into claim values ('C-1')");
        }
        try (Stack restarted = Stack.start(infrastructureOnly().build())) {
            assertThat(queryOne(restarted, "claims", "select id from claim")).isEqualTo("C-1");
        }
        try (Stack reset = Stack.start(infrastructureOnly().reset(true).build())) {
            assertThat(queryOne(reset, "claims", "select count(*) from pg_tables where tablename = 'claim'")).isEqualTo("0");
        }
    }

    @Test
    void restartsTheBrokerInPlaceKeepingItsTopicsAndPort() throws Exception {
        try (Stack stack = Stack.start(infrastructureOnly().topics(List.of("claims.v1")).build())) {
            String bootstrap = stack.kafkaBootstrapServers();
            stack.stopKafka();
            assertThatThrownBy(stack::stopKafka).isInstanceOf(IllegalStateException.class);

            stack.restartKafka();

            assertThat(stack.kafkaBootstrapServers()).isEqualTo(bootstrap);
            try (Admin admin = Admin.create(admin(stack))) {
                assertThat(admin.listTopics().names().get()).contains("claims.v1");
            }
        }
    }

    @Test
    void keepsTheDataDirectoryAndItsPasswordsPrivateAndEachServiceRoleInItsOwnDatabase() throws Exception {
        try (Stack stack = Stack.start(infrastructureOnly().build())) {
            Path data = repo.resolve("data");
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (var secrets = Files.list(data.resolve("secrets"))) {
                assertThat(secrets.toList()).isNotEmpty().allSatisfy(file ->
                        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------")));
            }
            DatabaseRoles code = stack.databaseRoles("code");
            try (Connection own = DriverManager.getConnection(stack.jdbcUrl("code"), code.app(), code.appPassword())) {
                assertThat(own.isValid(5)).isTrue();
            }
            assertThatThrownBy(() -> DriverManager.getConnection(stack.jdbcUrl("claims"), code.app(), code.appPassword()))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
            // Each service's Kafka user too, kept with the others: it logs in, with its own password only.
            KafkaCredentials claimService = stack.kafkaCredentials(KafkaAccessTable.CLAIM_SERVICE);
            assertThat(Files.readString(data.resolve("secrets").resolve("kafka-claim-service")).trim()).isEqualTo(claimService.password());
            try (Admin asClaimService = Admin.create(claimService.clientProperties(stack.kafkaBootstrapServers()))) {
                assertThat(asClaimService.describeCluster().nodes().get()).hasSize(1);
            }
            String password = code.appPassword();
            String kafkaPassword = claimService.password();
            stack.close();
            try (Stack restarted = Stack.start(infrastructureOnly().build())) {
                assertThat(restarted.databaseRoles("code").appPassword()).isEqualTo(password);
                assertThat(restarted.kafkaCredentials(KafkaAccessTable.CLAIM_SERVICE).password()).isEqualTo(kafkaPassword);
            }
        }
    }

    private static Map<String, Object> admin(Stack stack) {
        return stack.kafkaCredentials(KafkaAccessTable.ADMIN).clientProperties(stack.kafkaBootstrapServers());
    }

    @Test
    void refusesASecondStackOnTheSameDataDirectory() {
        try (Stack first = Stack.start(infrastructureOnly().build())) {
            assertThatThrownBy(() -> Stack.start(infrastructureOnly().build()))
                    .isInstanceOf(StackException.class).hasMessageContaining("Another stack is running");
        }
    }

    @Test
    void refusesToTakeOverADirectoryItDidNotCreate() throws IOException {
        Path foreign = Files.createDirectories(repo.resolve("documents"));
        Files.writeString(foreign.resolve("thesis.txt"), "precious");

        assertThatThrownBy(() -> Stack.start(infrastructureOnly().dataDir(foreign).reset(true).build()))
                .isInstanceOf(StackException.class).hasMessageContaining("refusing");
        assertThat(foreign.resolve("thesis.txt")).exists();
    }

    @Test
    void failsFastWhenAServiceIsNotPackaged() {
        assertThatThrownBy(() -> Stack.start(infrastructureOnly().services(ServiceSpec.defaults()).build()))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("code-service/target/quarkus-app/quarkus-run.jar")
                .hasMessageContaining("./mvnw -DskipTests package");
        assertThat(repo.resolve("data")).doesNotExist();
    }

    private StackOptions.Builder infrastructureOnly() {
        return StackOptions.builder(repo).dataDir(Path.of("data")).services(List.of()).kafkaPort(0).postgresPort(0);
    }

    private static String queryOne(Stack stack, String database, String sql) throws SQLException {
        try (Connection connection = connect(stack, database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static void execute(Stack stack, String database, String... statements) throws SQLException {
        try (Connection connection = connect(stack, database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect(Stack stack, String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), stack.postgresUsername(), stack.postgresPassword());
    }
}
