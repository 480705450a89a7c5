package io.openrcm.claim.application;

import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimDomainEvent;
import io.openrcm.claim.domain.PatientBalance;
import io.openrcm.claim.domain.PatientEntry;
import io.openrcm.claim.domain.Responsibility;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.claim.domain.PaymentPosting;
import io.openrcm.claim.persistence.ClaimPaymentStore;
import io.openrcm.claim.persistence.ClaimStore;
import io.openrcm.claim.persistence.PatientEntryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    private final PatientEntryStore patientEntries;
    private final Clock clock;

    @Inject
    public PaymentPostingService(ClaimStore store, ClaimPaymentStore payments, ClaimEventPublisher publisher,
            PatientEntryStore patientEntries, Clock clock) {
        this.store = store;
        this.payments = payments;
        this.publisher = publisher;
        this.patientEntries = patientEntries;
        this.clock = clock;
    }

    /**
     * Applies the payment.
     *
     * @param payment the payment and the claim it is for
     * @param eventId the id of the event that carried it
     * @param correlationId the event's correlation id; the claim's own is used when it has none
     * @return true when applied, false when this payment was applied before
     * @throws ClaimRuleException for an unknown claim, a reversal of more than was posted or a status change the
     *     claim's state machine forbids (a payment to a claim never sent); a credit balance or a payment to a
     *     closed claim is posted and waits in the work queue
     */
    @Transactional
    public boolean apply(ReceivedPayment payment, UUID eventId, String correlationId) {
        PaymentPosting posting = payment.posting();
        UUID claimId = payment.claimId();
        if (payments.isApplied(posting.paymentId())) {
            LOG.infof("Payment %s was applied to claim %s already; this delivery changes nothing",
                    posting.paymentId(), claimId);
            return false;
        }
        Claim claim = store.load(claimId)
                .orElseThrow(() -> new ClaimRuleException("payment " + posting.paymentId() + " is for unknown claim "
                        + claimId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<ClaimDomainEvent> events = new ArrayList<>(claim.applyPayment(posting, payment.remittance(), now));
        events.addAll(applyCollected(claim, now));
        store.update(claim);
        payments.record(posting, claimId, eventId, now);
        publisher.publish(claim, events,
                correlationId != null ? correlationId : claim.details().correlationId(), payment.denialCategory());
        LOG.infof("Payment %s applied to claim %s: now %s, outstanding %s%s", posting.paymentId(), claimId,
                claim.status(), claim.balance().outstanding(),
                claim.reviewReason() == null ? "" : ", waits in work queue " + claim.reviewReason());
        return true;
    }

    /**
     * What the patient paid ahead (a copay at the time of service) meets the patient's share once the payers are
     * done: when it covers the share exactly the claim is closed; more is a credit the patient balance shows as a
     * refund due; less leaves the rest owed. Entries are read only for a claim now with the patient.
     */
    private List<ClaimDomainEvent> applyCollected(Claim claim, Instant now) {
        if (claim.coordination().responsibility() != Responsibility.PATIENT) {
            return List.of();
        }
        // The claim's row lock, as a copay's posting takes it: a copay posted meanwhile is read, not missed.
        patientEntries.lockClaim(claim.id());
        return closeIfCollected(claim, patientEntries.ofClaim(claim.id()), now);
    }

    /** Closes the claim now with the patient when what the patient paid ahead settles the patient's share. */
    static List<ClaimDomainEvent> closeIfCollected(Claim claim, List<PatientEntry> entries, Instant now) {
        if (entries.isEmpty()) {
            return List.of();
        }
        PatientBalance balance = PatientBalance.of(claim, entries);
        return balance.isSettled() ? claim.closeForPatient("the copay collected at the time of service covers the"
                + " patient's share", now) : List.of();
    }
}
