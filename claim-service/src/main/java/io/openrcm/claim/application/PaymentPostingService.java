package io.openrcm.claim.application;

import io.openrcm.claim.domain.Adjustment;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.kernel.Money;
import io.openrcm.claim.domain.PaymentPosting;
import io.openrcm.claim.persistence.ClaimPaymentStore;
import io.openrcm.claim.persistence.ClaimStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: a posted payment is applied to its claim's balance and moves the claim, once per payment id whatever
 * the number of deliveries, with the status change in the outbox in the same transaction.
 */
@ApplicationScoped
public class PaymentPostingService {

    private static final Logger LOG = Logger.getLogger(PaymentPostingService.class);

    private final ClaimStore store;
    private final ClaimPaymentStore payments;
    private final ClaimEventPublisher publisher;
    private final Clock clock;

    @Inject
    public PaymentPostingService(ClaimStore store, ClaimPaymentStore payments, ClaimEventPublisher publisher,
            Clock clock) {
        this.store = store;
        this.payments = payments;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Applies the payment.
     *
     * @param payload the PaymentPosted payload
     * @param eventId the id of the event that carried it
     * @param correlationId the event's correlation id; the claim's own is used when it has none
     * @return true when applied, false when this payment was applied before
     * @throws ClaimRuleException for an unknown claim, unreadable amounts, a balance that would turn negative or a
     *     status change the claim's state machine forbids
     */
    @Transactional
    public boolean apply(PaymentPostedPayload payload, UUID eventId, String correlationId) {
        PaymentPosting posting = posting(payload);
        UUID claimId = uuid(payload.claimId(), "claimId");
        if (payments.isApplied(posting.paymentId())) {
            LOG.infof("Payment %s was applied to claim %s already; this delivery changes nothing",
                    posting.paymentId(), claimId);
            return false;
        }
        Claim claim = store.load(claimId)
                .orElseThrow(() -> new ClaimRuleException("payment " + posting.paymentId() + " is for unknown claim "
                        + claimId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<ClaimDomainEvent> events = claim.applyPayment(posting, now);
        store.update(claim);
        payments.record(posting, claimId, eventId, now);
        publisher.publish(claim, events,
                correlationId != null ? correlationId : claim.details().correlationId(), payload.denialCategory());
        LOG.infof("Payment %s applied to claim %s: now %s, outstanding %s", posting.paymentId(), claimId,
                claim.status(), claim.balance().outstanding());
        return true;
    }

    static PaymentPosting posting(PaymentPostedPayload p) {
        List<String> problems = new ArrayList<>();
        UUID paymentId = null;
        try {
            paymentId = uuid(p.paymentId(), "paymentId");
        } catch (ClaimRuleException e) {
            problems.add(e.getMessage());
        }
        if (p.claimStatusCode() != null && p.claimStatusCode().length() > 10) {
            problems.add("claimStatusCode is longer than 10 characters");
        }
        UUID reversalOf = null;
        if (p.reversalOf() != null) {
            try {
                reversalOf = uuid(p.reversalOf(), "reversalOf");
            } catch (ClaimRuleException e) {
                problems.add(e.getMessage());
            }
        }
        String pcn = p.payerClaimControlNumber() == null || p.payerClaimControlNumber().isBlank() ? null
                : p.payerClaimControlNumber().trim();
        if (pcn != null && pcn.length() > 50) {
            problems.add("payerClaimControlNumber is longer than 50 characters");
        }
        Money paid = money(p.paidAmount(), "paidAmount", problems);
        Money patient = money(p.patientResponsibility(), "patientResponsibility", problems);
        List<Adjustment> adjustments = new ArrayList<>();
        List<PaymentPostedPayload.AdjustmentPart> parts = p.adjustments() == null ? List.of() : p.adjustments();
        for (int i = 0; i < parts.size(); i++) {
            PaymentPostedPayload.AdjustmentPart a = parts.get(i);
            String at = "adjustments[" + i + "]";
            if (a == null || a.group() == null || a.group().isBlank() || a.reason() == null || a.reason().isBlank()) {
                problems.add(at + " needs a group and a reason");
                continue;
            }
            Money amount = money(a.amount(), at + ".amount", problems);
            if (amount != null) {
                adjustments.add(new Adjustment(a.group().trim(), a.reason().trim(), amount));
            }
        }
        if (!problems.isEmpty()) {
            throw new ClaimRuleException("payment cannot be applied: " + String.join("; ", problems));
        }
        return new PaymentPosting(paymentId, p.claimStatusCode(), paid, patient, adjustments, reversalOf, pcn);
    }

    private static Money money(BigDecimal value, String field, List<String> problems) {
        if (value == null) {
            problems.add(field + " is missing");
            return null;
        }
        if (!Money.isValidAmount(value)) {
            problems.add(field + " has more than 2 decimals");
            return null;
        }
        return Money.of(value);
    }

    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ClaimRuleException(field + " is missing");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ClaimRuleException(field + " is not a UUID");
        }
    }
}
