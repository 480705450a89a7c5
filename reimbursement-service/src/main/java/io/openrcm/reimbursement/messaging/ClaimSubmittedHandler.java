package io.openrcm.reimbursement.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventHandler;
import io.openrcm.platform.eventing.consumer.IncomingEvent;
import io.openrcm.reimbursement.application.ExpectedClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Consumes ClaimSubmitted: records the expected claim, then posts the payments that were waiting for it. */
@ApplicationScoped
public class ClaimSubmittedHandler implements EventHandler {

    /** Consumer group and deduplication namespace. */
    public static final String CONSUMER = "reimbursement-service.claim-submitted";
    static final String EVENT_TYPE = "ClaimSubmitted";

    private final ObjectMapper mapper;
    private final ExpectedClaims expectedClaims;

    @Inject
    public ClaimSubmittedHandler(ObjectMapper mapper, ExpectedClaims expectedClaims) {
        this.mapper = mapper;
        this.expectedClaims = expectedClaims;
    }

    @Override
    public String consumerName() {
        return CONSUMER;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.CLAIM_SUBMITTED);
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        if (!EVENT_TYPE.equals(event.envelope().type())) {
            throw new RejectedEventException("expected " + EVENT_TYPE + " on " + event.topic() + " but got "
                    + event.envelope().type());
        }
        ClaimSubmittedV1 payload = mapper.readValue(event.payload(), ClaimSubmittedV1.class);
        if (payload == null) {
            throw new RejectedEventException("ClaimSubmitted " + event.envelope().eventId() + " has no payload");
        }
        expectedClaims.record(payload.toExpectedClaim(event.envelope()));
    }
}
