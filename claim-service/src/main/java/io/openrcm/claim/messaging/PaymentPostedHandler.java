package io.openrcm.claim.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.claim.application.PaymentPostedPayload;
import io.openrcm.claim.application.PaymentPostingService;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventHandler;
import io.openrcm.platform.eventing.consumer.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Consumer {@code claim-service.payment-posted}: applies each PaymentPosted event to its claim. A payment for an
 * unknown claim, or one the claim's balance or state machine refuses, is dead-lettered with the reason; a payment
 * id seen before changes nothing, whatever the event id.
 */
@ApplicationScoped
public class PaymentPostedHandler implements EventHandler {

    static final String CONSUMER = "claim-service.payment-posted";
    static final String EVENT_TYPE = "PaymentPosted";

    private final ObjectMapper mapper;
    private final PaymentPostingService postings;

    @Inject
    public PaymentPostedHandler(ObjectMapper mapper, PaymentPostingService postings) {
        this.mapper = mapper;
        this.postings = postings;
    }

    @Override
    public String consumerName() {
        return CONSUMER;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.PAYMENT_POSTED);
    }

    @Override
    public void handle(IncomingEvent event) throws Exception {
        PaymentPostedPayload payload = EventPayloads.read(mapper, event, EVENT_TYPE, PaymentPostedPayload.class);
        try {
            postings.apply(payload, event.envelope().eventId(), EventPayloads.correlationId(event));
        } catch (ClaimRuleException e) {
            throw new RejectedEventException(e.getMessage(), e);
        }
    }
}
