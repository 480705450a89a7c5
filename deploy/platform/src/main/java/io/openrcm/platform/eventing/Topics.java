package io.openrcm.platform.eventing;

import java.util.Map;

/**
 * Topic names of the platform: {@code rcm.<bounded context>.<event, kebab case>.v<major version>}. A topic carries
 * one event type of one producer; a breaking change gets a new major version and a new topic.
 */
public final class Topics {

    public static final String ENCOUNTER_CODED = "rcm.coding.encounter-coded.v1";
    public static final String CLAIM_SUBMITTED = "rcm.claims.claim-submitted.v1";
    public static final String CLAIM_STATUS = "rcm.claims.claim-status.v1";
    public static final String PAYMENT_POSTED = "rcm.reimbursement.payment-posted.v1";
    /** Every service's audit records (platform audit trail), to be kept together in one place. */
    public static final String AUDIT_RECORDED = "rcm.audit.audit-recorded.v1";

    /** Suffix of the dead-letter topic that belongs to each consumed topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    /**
     * Settings a topic needs beyond the cluster defaults, applied where topics are created. The claim-status topic
     * is the public feed: a consumer rebuilds the current state of every claim by reading it from its start, so it
     * keeps its records forever (no time or size limit) instead of the broker's default of seven days.
     */
    private static final Map<String, Map<String, String>> CONFIGS = Map.of(
            CLAIM_STATUS, Map.of("retention.ms", "-1", "retention.bytes", "-1"),
            // The audit trail is evidence (HIPAA keeps it six years): the topic never drops it by age or size.
            AUDIT_RECORDED, Map.of("retention.ms", "-1", "retention.bytes", "-1"));

    private Topics() {
    }

    /** The topic's own settings (such as {@code retention.ms}); empty when the cluster defaults suit it. */
    public static Map<String, String> configOf(String topic) {
        return CONFIGS.getOrDefault(topic, Map.of());
    }

    /** The dead-letter topic of a topic. */
    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
