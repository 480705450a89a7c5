package io.openrcm.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import io.openrcm.infra.KafkaAccessTable;

/**
 * Renders deploy/infra's {@link KafkaAccessTable} as Strimzi KafkaUser resources (SCRAM-SHA-512, simple
 * authorization): the broker of a Kubernetes cluster gets exactly the ACLs the local stack's broker gets.
 */
final class KafkaUserManifests {

    static final String CLUSTER = "rcm-kafka";
    static final String HEADER = """
            # Generated from deploy/infra KafkaAccessTable by deploy/kubernetes KafkaUserManifests; do not edit. Regenerate:
            #   ./mvnw -B -ntp -o verify -pl deploy/kubernetes -am -Dtest=KafkaUsersManifestTest \\
            #     -Dsurefire.failIfNoSpecifiedTests=false -Drcm.kubernetes.write-users=true
            # One KafkaUser per principal (Strimzi's User Operator keeps its SCRAM password in the Secret of the same name).
            """;

    private KafkaUserManifests() {
    }

    /** The users.yaml text for the table as it is now. */
    static String render() {
        List<ObjectNode> users = new ArrayList<>();
        KafkaAccessTable.principals().forEach(principal -> users.add(user(principal)));
        return HEADER + Yaml.write(users);
    }

    /** The KafkaUser of one principal. */
    static ObjectNode user(String principal) {
        ObjectNode user = JsonNodeFactory.instance.objectNode();
        user.put("apiVersion", "kafka.strimzi.io/v1beta2");
        user.put("kind", "KafkaUser");
        ObjectNode metadata = user.putObject("metadata");
        metadata.put("name", principal);
        metadata.putObject("labels").put("strimzi.io/cluster", CLUSTER);
        ObjectNode spec = user.putObject("spec");
        spec.putObject("authentication").put("type", "scram-sha-512");
        ObjectNode authorization = spec.putObject("authorization");
        authorization.put("type", "simple");
        ArrayNode acls = authorization.putArray("acls");
        Map<ResourcePattern, List<String>> byResource = new LinkedHashMap<>();
        for (AclBinding binding : KafkaAccessTable.bindingsOf(principal)) {
            byResource.computeIfAbsent(binding.pattern(), r -> new ArrayList<>()).add(operation(binding));
        }
        byResource.forEach((resource, operations) -> {
            ObjectNode acl = acls.addObject();
            acl.set("resource", resource(resource));
            ArrayNode ops = acl.putArray("operations");
            operations.forEach(ops::add);
            acl.put("host", "*");
        });
        return user;
    }

    /** Strimzi's resource of a Kafka resource pattern. */
    static ObjectNode resource(ResourcePattern pattern) {
        ObjectNode resource = JsonNodeFactory.instance.objectNode();
        resource.put("type", pattern.resourceType().name().toLowerCase(Locale.ROOT));
        if (pattern.resourceType() != ResourceType.CLUSTER) {
            resource.put("name", pattern.name());
            resource.put("patternType", pattern.patternType() == PatternType.PREFIXED ? "prefix" : "literal");
        }
        return resource;
    }

    // Kafka's IDEMPOTENT_WRITE is Strimzi's IdempotentWrite, DESCRIBE_CONFIGS is DescribeConfigs.
    private static String operation(AclBinding binding) {
        StringBuilder name = new StringBuilder();
        for (String word : binding.entry().operation().name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
