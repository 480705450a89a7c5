package io.openrcm.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.acl.AclBinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.openrcm.infra.KafkaAccessTable;

/** The KafkaUsers a cluster gets are deploy/infra KafkaAccessTable's principals, with its ACLs and nothing more. */
class KafkaUsersManifestTest {

    private static final Path USERS = ManifestFiles.BASE.resolve("kafka/users.yaml");

    @Test
    void theCommittedUsersAreTheAccessTableRendered() throws IOException {
        String rendered = KafkaUserManifests.render();
        if (Boolean.getBoolean("rcm.kubernetes.write-users")) {
            Files.writeString(USERS, rendered);
        }
        assertThat(Files.readString(USERS))
                .as("users.yaml is stale: regenerate it (command in its first lines)")
                .isEqualTo(rendered);
    }

    static Set<String> overlays() {
        return Set.copyOf(ManifestFiles.OVERLAYS);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPrincipalHasAScramUserWithExactlyTheTablesAcls(String overlay) {
        var users = ManifestFiles.ofKind(overlay, "KafkaUser");
        assertThat(users).extracting(u -> u.path("metadata").path("name").asText())
                .containsExactlyInAnyOrderElementsOf(KafkaAccessTable.principals());
        for (ObjectNode user : users) {
            String principal = user.path("metadata").path("name").asText();
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("scram-sha-512");
            assertThat(user.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("rcm-kafka");
            assertThat(aclsOf(user)).as("ACLs of " + principal).isEqualTo(expected(principal));
        }
    }

    /** One line per allowed operation: type name pattern operation. */
    static Set<String> aclsOf(JsonNode user) {
        Set<String> acls = new TreeSet<>();
        assertThat(user.path("spec").path("authorization").path("type").asText()).isEqualTo("simple");
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            assertThat(acl.path("type").asText("allow")).isEqualTo("allow");
            assertThat(acl.path("host").asText("*")).isEqualTo("*");
            for (JsonNode operation : acl.path("operations")) {
                acls.add(resource.path("type").asText() + " " + resource.path("name").asText("kafka-cluster") + " "
                        + resource.path("patternType").asText("literal") + " " + operation.asText().toLowerCase(Locale.ROOT));
            }
        }
        return acls;
    }

    private static Set<String> expected(String principal) {
        return KafkaAccessTable.bindingsOf(principal).stream().map(KafkaUsersManifestTest::line)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String line(AclBinding binding) {
        String pattern = switch (binding.pattern().patternType()) {
            case PREFIXED -> "prefix";
            default -> "literal";
        };
        String operation = binding.entry().operation().name().replace("_", "").toLowerCase(Locale.ROOT);
        return binding.pattern().resourceType().name().toLowerCase(Locale.ROOT) + " " + binding.pattern().name() + " "
                + pattern + " " + operation;
    }
}
