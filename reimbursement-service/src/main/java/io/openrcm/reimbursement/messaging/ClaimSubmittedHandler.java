package io.openrcm.reimbursement.messaging;

import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.TypedEvent;
import io.openrcm.platform.eventing.consumer.TypedEventHandler;
import io.openrcm.reimbursement.application.ExpectedClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Consumes ClaimSubmitted: records the expected claim, then posts the payments that were waiting for it. */
@ApplicationScoped
public class ClaimSubmittedHandler implements TypedEventHandler<ClaimSubmittedV1> {

    /** Consumer group and deduplication namespace. */
    public static final String CONSUMER = "reimbursement-service.claim-submitted";
    static final String EVENT_TYPE = "ClaimSubmitted";

    private final ExpectedClaims expectedClaims;

    @Inject
    public ClaimSubmittedHandler(ExpectedClaims expectedClaims) {
        this.expectedClaims = expectedClaims;
    }

    @Override
    public String consumerName() {
        return CONSUMER;
    }

    @Override
    public String topic() {
        return Topics.CLAIM_SUBMITTED;
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public Class<ClaimSubmittedV1> payloadClass() {
        return ClaimSubmittedV1.class;
    }

    @Override
    public void apply(ClaimSubmittedV1 payload, EventContext context) {
        expectedClaims.record(payload.toExpectedClaim(context));
    }

    /** The batch in one pass; a poison failure makes the platform apply it again one event at a time. */
    @Override
    public void applyAll(List<TypedEvent<ClaimSubmittedV1>> events) {
        expectedClaims.recordAll(events.stream().map(e -> e.payload().toExpectedClaim(e.context())).toList());
    }

    @Override
    public boolean setBased() {
        return true;
    }
}
