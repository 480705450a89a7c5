package io.openrcm.reimbursement.api;

import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.application.RemittanceQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** REST view of the postings of a claim: its payments, their ledger entries and the totals. */
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    RemittanceQueries queries;
    @Inject
    PaymentAccess access;

    /** The claim's payments (an empty list for a claim nothing was received for). */
    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    public ClaimPaymentsResponse byClaim(@QueryParam("claimId") String claimId) {
        if (claimId == null || claimId.isBlank()) {
            throw ProblemException.invalidRequest(List.of(new Violation("?claimId", "query parameter is required")));
        }
        AuditEntry entry = access.requireClaim(claimId.strip(), "payment.read");
        ClaimPaymentsResponse response = ClaimPaymentsResponse.of(queries.paymentsOfClaim(claimId.strip()));
        access.audit().read(entry);
        return response;
    }
}
