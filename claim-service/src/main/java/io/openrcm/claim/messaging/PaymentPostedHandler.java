package io.openrcm.claim.messaging;

import io.openrcm.claim.application.PaymentPostingService;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.TypedEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Consumer {@code claim-service.payment-posted}: applies each PaymentPosted event to its claim. The ledger posted the
 * money already, so the claim takes it whenever it can: a credit balance or a payment to a closed claim is posted
 * and waits in the work queue. What the claim still cannot take (unreadable fields, an unknown claim, a reversal of
 * more than was posted, a payment to a claim never sent) is dead-lettered with the reason, and the reconciliation
 * report of reimbursement-service names the claim until the event is replayed; a payment id seen before changes
 * nothing, whatever the event id.
 */
@ApplicationScoped
public class PaymentPostedHandler implements TypedEventHandler<PaymentPostedPayload> {

    static final String CONSUMER = "claim-service.payment-posted";
    static final String EVENT_TYPE = "PaymentPosted";

    private final PaymentPostingService postings;

    @Inject
    public PaymentPostedHandler(PaymentPostingService postings) {
        this.postings = postings;
    }

    @Override
    public String consumerName() {
        return CONSUMER;
    }

    @Override
    public String topic() {
        return Topics.PAYMENT_POSTED;
    }

    @Override
    public String eventType() {
        return EVENT_TYPE;
    }

    @Override
    public Class<PaymentPostedPayload> payloadClass() {
        return PaymentPostedPayload.class;
    }

    @Override
    public void apply(PaymentPostedPayload payload, EventContext context) {
        try {
            postings.apply(payload.toReceivedPayment(), context.eventId(), context.correlationIdOrEventId());
        } catch (ClaimRuleException e) {
            throw new RejectedEventException(e.getMessage(), e);
        }
    }
}
