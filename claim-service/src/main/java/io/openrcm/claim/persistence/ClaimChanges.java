package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.Balance;
import io.openrcm.claim.domain.Claim;
import io.openrcm.claim.domain.ClaimStatus;
import io.openrcm.claim.domain.ClaimStatusChanged;
import io.openrcm.claim.domain.PaymentPosting;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The row changes of a set-based use case (a consumer batch, an interchange), gathered in memory in the order they
 * happened and written by {@link #write} with one statement or JDBC batch per table (the claims' states with one
 * statement per round). Each change is taken as it is when added: a claim changed twice in a batch is added twice,
 * and its row is updated twice, in order.
 */
public final class ClaimChanges {

    final List<StateRow> states = new ArrayList<>();
    final List<HistoryRow> history = new ArrayList<>();
    final List<PaymentRow> payments = new ArrayList<>();
    final List<LinkRow> links = new ArrayList<>();
    final Map<UUID, List<UUID>> sent = new LinkedHashMap<>();
    private final ClaimRowWriter writer;

    ClaimChanges(ClaimRowWriter writer) {
        this.writer = writer;
    }

    /**
     * The claim's state as it is now (status, balance, timestamps, coordination, the payer billed); its lines and
     * diagnoses are not written: no set-based path changes them.
     */
    public void update(Claim claim) {
        update(claim, null);
    }

    /**
     * The claim's state, written only over the row's version that was read ({@link ClaimStore#update}); a row another
     * transaction wrote since fails the write with {@link ConcurrentClaimChangeException}.
     *
     * @param expectedVersion the version read; null to write over whatever version the row has
     */
    void update(Claim claim, Long expectedVersion) {
        Balance b = claim.balance();
        ClaimStatus status = claim.status();
        states.add(new StateRow(claim.id(), status.name(), b.totalCharge().amount(), b.paid().amount(),
                b.adjustments().amount(), b.patientResponsibility().amount(), claim.submittedAt(), claim.updatedAt(),
                claim.payerClaimControlNumber(), FindingsJson.write(claim.findings()), status.isInWorkQueue(),
                claim.reviewReason() == null ? null : claim.reviewReason().name(), claim.postedAfterClose(),
                claim.coordination().responsibility().name(), claim.coordination().crossedOver(),
                CoordinationJson.writeAdjudications(claim.coordination().adjudications()),
                status == ClaimStatus.SCRUB_FAILED, status == ClaimStatus.REJECTED,
                status == ClaimStatus.ACCEPTED || status.isAdjudicated(), status.isAdjudicated(),
                status == ClaimStatus.DENIED, claim.details().payerId(), claim.details().subscriberMemberId(),
                CoordinationJson.writeCoverages(claim.details().coverages()), claim.details().serviceSignature(),
                expectedVersion));
    }

    /** Entries of the claims' status history, in order. */
    public void recordStatusChanges(List<ClaimStatusChanged> changes) {
        for (ClaimStatusChanged change : changes) {
            history.add(HistoryRow.of(change));
        }
    }

    /** A payment applied to the claim; the payment id's key refuses a twin when written. */
    public void recordPayment(PaymentPosting posting, UUID claimId, UUID eventId, Instant at) {
        payments.add(new PaymentRow(posting.paymentId(), claimId, posting.claimStatusCode(),
                posting.paidAmount().amount(), posting.patientResponsibility().amount(),
                posting.nonPatientAdjustmentTotal().amount(), String.join(",", posting.reasonCodes()),
                posting.reversalOf(), posting.payerClaimControlNumber(), eventId, at));
    }

    /** The transaction set of the submission that carries the claim. */
    public void recordLink(UUID submissionId, UUID claimId, String transactionControl) {
        links.add(new LinkRow(submissionId, claimId, transactionControl));
    }

    /** Counts a submission of the claim and remembers it as the last one. */
    public void recordSubmission(UUID claimId, UUID submissionId) {
        sent.computeIfAbsent(submissionId, s -> new ArrayList<>()).add(claimId);
    }

    /**
     * Writes everything gathered: one batch per table, straight to the database (what the rows refer to, such as a
     * new submission, is written before).
     */
    public void write() {
        writer.write(this);
        states.clear();
        history.clear();
        payments.clear();
        links.clear();
        sent.clear();
    }

    record StateRow(UUID claimId, String status, BigDecimal totalCharge, BigDecimal paid, BigDecimal adjustments,
            BigDecimal patientResponsibility, Instant submittedAt, Instant updatedAt, String payerClaimControlNumber,
            String findings, boolean inWorkQueue, String reviewReason, boolean postedAfterClose,
            String responsibility, boolean crossedOver, String adjudications, boolean scrubFailed, boolean rejected,
            boolean accepted, boolean adjudicated, boolean denied, String payerId, String subscriberMemberId,
            String coverages, String serviceSignature, Long expectedVersion) {
    }

    record HistoryRow(UUID claimId, String fromStatus, String toStatus, String reason, String reasonCodes,
            UUID paymentId, Instant changedAt) {

        static HistoryRow of(ClaimStatusChanged change) {
            return new HistoryRow(change.claimId(), change.from() == null ? null : change.from().name(),
                    change.to().name(), change.reason(), String.join(",", change.reasonCodes()), change.paymentId(),
                    change.occurredAt());
        }
    }

    record PaymentRow(UUID paymentId, UUID claimId, String claimStatusCode, BigDecimal paid,
            BigDecimal patientResponsibility, BigDecimal adjustments, String reasonCodes, UUID reversalOf,
            String payerClaimControlNumber, UUID eventId, Instant appliedAt) {
    }

    record LinkRow(UUID submissionId, UUID claimId, String transactionControl) {
    }
}
