package io.openrcm.reimbursement.api;

import io.openrcm.kernel.Money;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.platform.security.Caller;
import io.openrcm.reimbursement.application.ClaimServiceUnavailableException;
import io.openrcm.reimbursement.application.Reconciler;
import io.openrcm.reimbursement.domain.LedgerTotals;
import io.openrcm.reimbursement.domain.ReconciliationDifference;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reconciliation report of the caller's practices: the posting ledger against the claims' balances in
 * claim-service (read with the caller's token), every difference.
 */
@Path("/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    @Inject
    Reconciler reconciler;
    @Inject
    Clock clock;
    @Inject
    Caller caller;

    /**
     * The report.
     *
     * @param from first posting date (inclusive)
     * @param to last posting date (inclusive)
     * @param claimsCompared claims the ledger posted to in the period
     * @param differences each claim whose figures differ
     */
    public record ReportView(LocalDate from, LocalDate to, int claimsCompared, List<DifferenceView> differences) {
    }

    /**
     * One difference; the claim's figures are null when claim-service does not know the claim.
     *
     * @param claimId the claim
     * @param kind AMOUNTS_DIFFER or UNKNOWN_CLAIM
     * @param claimStatus the claim's status in claim-service
     * @param ledgerPaid paid according to the ledger
     * @param claimPaid paid according to the claim
     * @param ledgerAdjustments non-patient adjustments according to the ledger
     * @param claimAdjustments non-patient adjustments according to the claim
     * @param ledgerPatientResponsibility patient responsibility according to the ledger
     * @param claimPatientResponsibility patient responsibility according to the claim
     */
    public record DifferenceView(String claimId, String kind, String claimStatus, String ledgerPaid, String claimPaid,
            String ledgerAdjustments, String claimAdjustments, String ledgerPatientResponsibility,
            String claimPatientResponsibility) {
    }

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Operation(summary = "Compare the ledger with the claims' balances for the claims posted to between from and to"
            + " (dates, inclusive; default: today) and name every difference, over the caller's practices")
    public ReportView report(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<Violation> v = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate end = date(to, "?to", today, v);
        LocalDate start = date(from, "?from", end, v);
        if (v.isEmpty() && start.isAfter(end)) {
            v.add(new Violation("?from", "from must not be after to"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v);
        }
        try {
            Reconciler.Report r = reconciler.reconcile(start, end, caller.practices());
            return new ReportView(r.from(), r.to(), r.claimsCompared(),
                    r.differences().stream().map(ReconciliationResource::view).toList());
        } catch (ClaimServiceUnavailableException e) {
            throw new ProblemException(503, "claim-service-unavailable", "claim-service is unavailable",
                    "The claims' balances could not be read (" + e.getMessage() + "); try again later", List.of());
        }
    }

    private static DifferenceView view(ReconciliationDifference d) {
        LedgerTotals l = d.ledger();
        LedgerTotals c = d.claim();
        return new DifferenceView(l.claimId(), d.kind().name(), d.claimStatus(), text(l.paid()),
                c == null ? null : text(c.paid()), text(l.adjustments()), c == null ? null : text(c.adjustments()),
                text(l.patientResponsibility()), c == null ? null : text(c.patientResponsibility()));
    }

    private static String text(Money m) {
        return m.amount().toPlainString();
    }

    private static LocalDate date(String value, String where, LocalDate absent, List<Violation> v) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            v.add(new Violation(where, "must be a date (YYYY-MM-DD)"));
            return absent;
        }
    }
}
