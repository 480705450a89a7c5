package io.openrcm.infra;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the platform's Kafka topics: the one table the broker's ACLs are derived from. A service writes
 * only the topics it produces (and the dead letters of those it consumes) and reads only what it consumes, in its own
 * consumer group; nobody but the administrator reads a dead-letter topic, so it is never wider open than its source.
 * Topic names are those of {@code io.openrcm.platform.eventing.Topics} (platform's KafkaAccessTableTopicsTest checks).
 */
public final class KafkaAccessTable {

    /** The superuser: the launcher and the test infrastructure create topics, users and ACLs as it; no service does. */
    public static final String ADMIN = "rcm-admin";
    public static final String CODE_SERVICE = "code-service";
    public static final String CLAIM_SERVICE = "claim-service";
    public static final String REIMBURSEMENT_SERVICE = "reimbursement-service";
    public static final String DASHBOARD = "dashboard";
    /** The benchmark: follows claims on their topics without a group, measures the broker on scratch topics of its own. */
    public static final String BENCH = "rcm-bench";

    public static final String ENCOUNTER_CODED = "rcm.coding.encounter-coded.v1";
    public static final String CLAIM_SUBMITTED = "rcm.claims.claim-submitted.v1";
    public static final String CLAIM_STATUS = "rcm.claims.claim-status.v1";
    public static final String PAYMENT_POSTED = "rcm.reimbursement.payment-posted.v1";
    public static final String AUDIT_RECORDED = "rcm.audit.audit-recorded.v1";
    public static final String DLQ_SUFFIX = ".dlq";
    /** The bench's scratch topics (the Kafka ceiling), created and deleted by it. */
    public static final String BENCH_TOPIC_PREFIX = "rcm.bench.";

    /** What a principal does with a topic. */
    public enum Use {
        /** Writes it (through the outbox relay). */
        PRODUCE,
        /** Reads it in the named consumer group, and writes its dead letters. */
        CONSUME,
        /** Reads it by assignment, without a group (an observer). */
        READ,
        /** Creates, writes, reads and deletes the topics starting with the name. */
        SCRATCH
    }

    /**
     * One row of the table.
     *
     * @param group         the consumer group of a {@link Use#CONSUME} row, else null
     * @param groupPrefixed the group is a prefix: the dashboard replays its feed under a new group name of its own
     */
    public record Grant(String principal, Use use, String topic, String group, boolean groupPrefixed) {
    }

    // Producers and consumers as each service's application.properties (rcm.eventing.produces) and messaging
    // handlers (topics, consumer names) declare them; every service also writes its audit records.
    private static final List<Grant> TABLE = List.of(
            produce(CODE_SERVICE, ENCOUNTER_CODED),
            produce(CODE_SERVICE, AUDIT_RECORDED),
            produce(CLAIM_SERVICE, CLAIM_SUBMITTED),
            produce(CLAIM_SERVICE, CLAIM_STATUS),
            produce(CLAIM_SERVICE, AUDIT_RECORDED),
            consume(CLAIM_SERVICE, ENCOUNTER_CODED, "claim-service.encounter-coded", false),
            consume(CLAIM_SERVICE, PAYMENT_POSTED, "claim-service.payment-posted", false),
            produce(REIMBURSEMENT_SERVICE, PAYMENT_POSTED),
            produce(REIMBURSEMENT_SERVICE, AUDIT_RECORDED),
            consume(REIMBURSEMENT_SERVICE, CLAIM_SUBMITTED, "reimbursement-service.claim-submitted", false),
            produce(DASHBOARD, AUDIT_RECORDED),
            consume(DASHBOARD, CLAIM_STATUS, "dashboard.", true),
            new Grant(BENCH, Use.READ, CLAIM_SUBMITTED, null, false),
            new Grant(BENCH, Use.READ, CLAIM_STATUS, null, false),
            new Grant(BENCH, Use.SCRATCH, BENCH_TOPIC_PREFIX, null, false));

    private KafkaAccessTable() {
    }

    /** Every row. */
    public static List<Grant> grants() {
        return TABLE;
    }

    /** The principals the table names (the administrator is not among them: it needs no ACL). */
    public static Set<String> principals() {
        Set<String> names = new LinkedHashSet<>();
        TABLE.forEach(grant -> names.add(grant.principal()));
        return names;
    }

    /** The dead-letter topic of a topic. */
    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** The ACLs of every principal in the table. */
    public static Set<AclBinding> bindings() {
        Set<AclBinding> bindings = new LinkedHashSet<>();
        for (String principal : principals()) {
            bindings.addAll(bindingsOf(principal));
        }
        return bindings;
    }

    /** The ACLs that follow from the principal's rows. */
    public static Set<AclBinding> bindingsOf(String principal) {
        List<AclBinding> acls = new ArrayList<>();
        boolean writes = false;
        for (Grant grant : TABLE) {
            if (!grant.principal().equals(principal)) {
                continue;
            }
            switch (grant.use()) {
                case PRODUCE -> {
                    // CREATE: the service's start-up creates the topics it uses when they are missing, and reads (never
                    // alters) their settings.
                    topic(acls, principal, grant.topic(), PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE,
                            AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);
                    writes = true;
                }
                case CONSUME -> {
                    topic(acls, principal, grant.topic(), PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE,
                            AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);
                    acls.add(allow(principal, new ResourcePattern(ResourceType.GROUP, grant.group(),
                            grant.groupPrefixed() ? PatternType.PREFIXED : PatternType.LITERAL), AclOperation.READ));
                    // The consumer parks a poison record on the dead-letter topic; it never reads it back.
                    topic(acls, principal, deadLetterOf(grant.topic()), PatternType.LITERAL, AclOperation.WRITE,
                            AclOperation.DESCRIBE, AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);
                    writes = true;
                }
                case READ -> topic(acls, principal, grant.topic(), PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
                case SCRATCH -> {
                    topic(acls, principal, grant.topic(), PatternType.PREFIXED, AclOperation.CREATE, AclOperation.DELETE,
                            AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE);
                    writes = true;
                }
            }
        }
        if (writes) {
            // Every producer here is idempotent (acks=all, no duplicates on retry).
            acls.add(allow(principal, new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL),
                    AclOperation.IDEMPOTENT_WRITE));
        }
        return new LinkedHashSet<>(acls);
    }

    private static void topic(List<AclBinding> acls, String principal, String topic, PatternType pattern, AclOperation... operations) {
        ResourcePattern resource = new ResourcePattern(ResourceType.TOPIC, topic, pattern);
        for (AclOperation operation : operations) {
            acls.add(allow(principal, resource, operation));
        }
    }

    private static AclBinding allow(String principal, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }

    private static Grant produce(String principal, String topic) {
        return new Grant(principal, Use.PRODUCE, topic, null, false);
    }

    private static Grant consume(String principal, String topic, String group, boolean groupPrefixed) {
        return new Grant(principal, Use.CONSUME, topic, group, groupPrefixed);
    }
}
