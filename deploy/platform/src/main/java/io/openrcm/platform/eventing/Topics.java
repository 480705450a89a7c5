package io.openrcm.platform.eventing;

/**
 * Topic names of the platform: {@code rcm.<bounded context>.<event, kebab case>.v<major version>}. A topic carries
 * one event type of one producer; a breaking change gets a new major version and a new topic.
 */
public final class Topics {

    public static final String ENCOUNTER_CODED = "rcm.coding.encounter-coded.v1";
    public static final String CLAIM_SUBMITTED = "rcm.claims.claim-submitted.v1";
    public static final String CLAIM_STATUS = "rcm.claims.claim-status.v1";
    public static final String PAYMENT_POSTED = "rcm.reimbursement.payment-posted.v1";

    /** Suffix of the dead-letter topic that belongs to each consumed topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of a topic. */
    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
