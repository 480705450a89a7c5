package io.openrcm.claim.messaging;

import io.openrcm.claim.application.PaymentBatchService;
import io.openrcm.claim.application.PaymentPostingService;
import io.openrcm.claim.application.PostedPayment;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.platform.eventing.RejectedEventException;
import io.openrcm.platform.eventing.Topics;
import io.openrcm.platform.eventing.consumer.EventContext;
import io.openrcm.platform.eventing.consumer.TypedEvent;
import io.openrcm.platform.eventing.consumer.TypedEventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

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
    private final PaymentBatchService batches;

    @Inject
    public PaymentPostedHandler(PaymentPostingService postings, PaymentBatchService batches) {
        this.postings = postings;
        this.batches = batches;
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

    /**
     * Applies the batch's payments in one pass; a payment the claim cannot take fails the whole pass, and the platform
     * then applies the batch one event at a time ({@link #apply}) so only that event is dead-lettered.
     */
    @Override
    public void applyAll(List<TypedEvent<PaymentPostedPayload>> events) {
        List<PostedPayment> batch = new ArrayList<>(events.size());
        for (TypedEvent<PaymentPostedPayload> event : events) {
            batch.add(new PostedPayment(event.payload().toReceivedPayment(), event.context().eventId(),
                    event.context().correlationIdOrEventId()));
        }
        try {
            batches.applyAll(batch);
        } catch (ClaimRuleException e) {
            throw new RejectedEventException(e.getMessage(), e);
        }
    }

    @Override
    public boolean setBased() {
        return true;
    }
}
