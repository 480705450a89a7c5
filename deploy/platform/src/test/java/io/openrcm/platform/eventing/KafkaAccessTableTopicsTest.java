package io.openrcm.platform.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import io.openrcm.infra.KafkaAccessTable;
import io.openrcm.infra.KafkaAccessTable.Grant;
import io.openrcm.infra.KafkaAccessTable.Use;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

/** The broker's ACL table (deploy/infra) names the platform's topics, and opens no dead-letter topic wider than its source. */
class KafkaAccessTableTopicsTest {

    @Test
    void theTableNamesThePlatformsTopics() {
        assertThat(KafkaAccessTable.ENCOUNTER_CODED).isEqualTo(Topics.ENCOUNTER_CODED);
        assertThat(KafkaAccessTable.CLAIM_SUBMITTED).isEqualTo(Topics.CLAIM_SUBMITTED);
        assertThat(KafkaAccessTable.CLAIM_STATUS).isEqualTo(Topics.CLAIM_STATUS);
        assertThat(KafkaAccessTable.PAYMENT_POSTED).isEqualTo(Topics.PAYMENT_POSTED);
        assertThat(KafkaAccessTable.AUDIT_RECORDED).isEqualTo(Topics.AUDIT_RECORDED);
        assertThat(KafkaAccessTable.deadLetterOf(Topics.CLAIM_STATUS)).isEqualTo(Topics.deadLetterOf(Topics.CLAIM_STATUS));
    }

    @Test
    void deadLetterTopicsAreReadByNobodyWhoCannotReadTheirSource() {
        for (String source : Set.of(Topics.ENCOUNTER_CODED, Topics.CLAIM_SUBMITTED, Topics.CLAIM_STATUS, Topics.PAYMENT_POSTED)) {
            assertThat(principalsAllowed(Topics.deadLetterOf(source), AclOperation.READ))
                    .as("readers of %s's dead letters", source).isSubsetOf(principalsAllowed(source, AclOperation.READ));
            Set<String> consumers = KafkaAccessTable.grants().stream()
                    .filter(g -> g.use() == Use.CONSUME && g.topic().equals(source)).map(Grant::principal)
                    .map(p -> "User:" + p).collect(Collectors.toSet());
            assertThat(principalsAllowed(Topics.deadLetterOf(source), AclOperation.WRITE))
                    .as("writers of %s's dead letters", source).isEqualTo(consumers);
        }
    }

    @Test
    void everyServiceWritesTheAuditTrailAndOnlyItsOwnEventTopics() {
        assertThat(principalsAllowed(Topics.AUDIT_RECORDED, AclOperation.WRITE)).containsExactlyInAnyOrder(
                "User:code-service", "User:claim-service", "User:reimbursement-service", "User:dashboard");
        assertThat(principalsAllowed(Topics.ENCOUNTER_CODED, AclOperation.WRITE)).containsExactly("User:code-service");
        assertThat(principalsAllowed(Topics.PAYMENT_POSTED, AclOperation.WRITE)).containsExactly("User:reimbursement-service");
    }

    private static Set<String> principalsAllowed(String topic, AclOperation operation) {
        return KafkaAccessTable.bindings().stream()
                .filter(b -> b.pattern().resourceType() == ResourceType.TOPIC)
                .filter(b -> b.pattern().name().equals(topic) || (b.pattern().patternType()
                        == PatternType.PREFIXED && topic.startsWith(b.pattern().name())))
                .filter(b -> b.entry().operation() == operation)
                .map(b -> b.entry().principal()).collect(Collectors.toSet());
    }
}
