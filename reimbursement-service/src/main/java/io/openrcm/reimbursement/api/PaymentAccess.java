package io.openrcm.reimbursement.api;

import io.openrcm.platform.audit.Audit;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.security.Caller;
import io.openrcm.reimbursement.application.X12Acknowledgments;
import io.openrcm.reimbursement.application.ClaimOwner;
import io.openrcm.reimbursement.application.RemittanceQueries;
import io.openrcm.reimbursement.domain.Remittance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.openrcm.reimbursement.application.RemittanceView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may post and read payments. A payer-integration client posts remittances of its own {@code payer_id} only (403,
 * nothing stored); a claim's payments and a remittance are read only by a caller of every practice involved, and
 * answered 404 otherwise, like an id that does not exist.
 */
@RequestScoped
public class PaymentAccess implements RemittancePoster {

    static final String PAYER_INTEGRATION = "payer-integration";

    @Inject
    Caller caller;
    @Inject
    Audit audit;
    @Inject
    RemittanceQueries queries;

    /**
     * Refuses (403, nothing stored) a remittance of a payer other than a payer-integration token's own; anyone else
     * (a biller keying a paper remittance) may post only remittances whose submitted claims are all of the caller's
     * practices (a claim never submitted here is of no practice and does not restrict).
     */
    @Override
    public void requirePoster(Collection<Remittance> remittances) {
        for (Remittance r : remittances) {
            audit.target(new AuditEntry("remittance.post", "Remittance", r.traceNumber(), null, null));
            if (caller.hasRole(PAYER_INTEGRATION) || caller.payerId().isPresent()) {
                caller.requirePayer(r.payerId());
                continue;
            }
            Map<String, ClaimOwner> owners = queries.owners(r.claims().stream()
                    .map(p -> p.claimId()).distinct().toList());
            for (ClaimOwner owner : owners.values()) {
                if (owner.practice() != null) {
                    caller.requirePractice(owner.practice());
                }
            }
        }
    }

    /** The claim's owner, when the caller may read its payments; else audited and 404. */
    AuditEntry requireClaim(String claimId, String action) {
        ClaimOwner owner = queries.owner(claimId).orElse(null);
        if (owner == null || !caller.mayActFor(owner.practice())) {
            audit.notFound(owner == null ? new AuditEntry(action, "Claim", claimId, null, null)
                    : new AuditEntry(action, "Claim", claimId, owner.patientId(), owner.practice()));
            throw ProblemException.notFound("Payments of claim", claimId);
        }
        AuditEntry entry = new AuditEntry(action, "Claim", claimId, owner.patientId(), owner.practice());
        audit.target(entry);
        return entry;
    }

    /** The remittance, when the caller may read it (see {@link #mayRead}); else audited and 404. */
    void requireRemittance(UUID remittanceId, String payerId, String action) {
        AuditEntry entry = new AuditEntry(action, "Remittance", remittanceId.toString(), null, null);
        if (!mayRead(remittanceId, payerId)) {
            audit.notFound(entry);
            throw ProblemException.notFound("Remittance", remittanceId.toString());
        }
        audit.target(entry);
    }

    /**
     * Whether the caller may read the remittance: a payer integration its own payer's; anyone else only a remittance
     * of the caller's practices only (each claim's billing provider; for a claim never submitted here, or a remittance
     * paying none, the 835's payee; without a payee NPI, of no practice).
     */
    boolean mayRead(UUID remittanceId, String payerId) {
        if (caller.payerId().isPresent()) {
            return caller.payerId().get().equals(payerId);
        }
        Set<String> practices = queries.practicesOf(remittanceId);
        return !practices.contains(null) && caller.practices().containsAll(practices);
    }

    /**
     * The 999, when the caller may read every remittance it acknowledged, or, for a refused file's 999 (none
     * acknowledged), when the caller posted that file; else audited and 404. Audited once per claim it covers.
     */
    void requireAcknowledgment(UUID acknowledgmentId, X12Acknowledgments.Origin origin) {
        List<RemittanceView> acknowledged = origin.remittances().stream().map(queries::remittance)
                .flatMap(Optional::stream).toList();
        boolean allowed = acknowledged.isEmpty()
                ? origin.postedBy() != null && origin.postedBy().equals(poster())
                : acknowledged.stream().allMatch(r -> mayRead(r.remittanceId(), r.payerId()));
        AuditEntry entry = AuditEntry.of("acknowledgment.read", "Acknowledgment", acknowledgmentId.toString());
        if (!allowed) {
            audit.notFound(entry);
            throw ProblemException.notFound("Acknowledgment", acknowledgmentId.toString());
        }
        List<AuditEntry> read = new ArrayList<>(List.of(entry));
        acknowledged.forEach(r -> read.addAll(entries("acknowledgment.read", r)));
        audit.read(read);
    }

    /** One audit entry per claim the remittance pays, with the claim's patient and practice where known. */
    List<AuditEntry> entries(String action, RemittanceView remittance) {
        return RemittancePoster.entries(queries, action, remittance);
    }

    @Override
    public void audit(String action, RemittanceView taken) {
        audit.changed(entries(action, taken));
    }

    Audit audit() {
        return audit;
    }

    Caller caller() {
        return caller;
    }

    /** Who posts a file, as its 999 keeps it: the token's subject, else its user name. */
    @Override
    public String poster() {
        return caller.subject().isEmpty() ? caller.actor() : caller.subject();
    }
}
