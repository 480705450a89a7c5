package io.openrcm.claim.api;

import io.openrcm.claim.application.ClaimOwner;
import io.openrcm.claim.application.ClaimQueryService;
import io.openrcm.platform.audit.Audit;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Whether the caller may see or change one claim, and the audit of it. A claim of a practice the token does not carry
 * is answered 404 exactly like a claim that does not exist, so a guessed id reveals nothing; the attempt is audited
 * (outcome NOT_FOUND) with the claim's real patient and practice, for the auditor's eyes only.
 */
@RequestScoped
public class ClaimAccess {

    static final String CLAIM = "Claim";

    @Inject
    Caller caller;
    @Inject
    Audit audit;
    @Inject
    ClaimQueryService queries;

    /** The claim's audit entry for the action, when the caller may act on it; else audited and 404. */
    AuditEntry require(UUID claimId, String action) {
        ClaimOwner owner = queries.owner(claimId).orElse(null);
        if (owner == null || !caller.mayActFor(owner.practice())) {
            audit.notFound(owner == null ? AuditEntry.of(action, CLAIM, claimId.toString())
                    : new AuditEntry(action, CLAIM, claimId.toString(), owner.patientId(), owner.practice()));
            throw ProblemException.notFound(CLAIM, claimId.toString());
        }
        AuditEntry entry = new AuditEntry(action, CLAIM, claimId.toString(), owner.patientId(), owner.practice());
        audit.target(entry);
        return entry;
    }

    /** Runs a change of the claim and writes its audit record in the same transaction. */
    <T> Supplier<T> audited(AuditEntry entry, Supplier<T> change) {
        return () -> QuarkusTransaction.requiringNew().call(() -> {
            T result = change.get();
            audit.changed(entry);
            return result;
        });
    }

    Caller caller() {
        return caller;
    }

    Audit audit() {
        return audit;
    }
}
