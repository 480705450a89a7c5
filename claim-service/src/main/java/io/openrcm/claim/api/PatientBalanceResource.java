package io.openrcm.claim.api;

import io.openrcm.claim.application.PatientBalanceService;
import io.openrcm.claim.application.PatientPosting;
import io.openrcm.claim.domain.PatientEntryKind;
import io.openrcm.kernel.Money;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the patient owes on one claim, and the patient's payments and refunds on it. A reference is posted once per
 * practice: the same one again answers 200 with the first posting, under another amount or claim 409. Only claims of
 * the caller's practices (else 404); every read and posting is audited.
 */
@Path("/claims/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class PatientBalanceResource {

    @Inject
    PatientBalanceService balances;
    @Inject
    ClaimAccess access;

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("/patient-balance")
    @Operation(summary = "What the patient owes on the claim once insurance is done, with the patient's entries")
    public PatientBalanceView balance(@PathParam("id") String id) {
        UUID claimId = ClaimActionResource.claimId(id);
        AuditEntry entry = access.require(claimId, "patient-balance.read");
        PatientBalanceView view = balances.ofClaim(claimId).map(PatientBalanceView::of)
                .orElseThrow(() -> ProblemException.notFound("Claim", claimId.toString()));
        access.audit().read(entry);
        return view;
    }

    @RolesAllowed("biller")
    @POST
    @Path("/patient-payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a patient payment once per reference; paid in full closes the claim")
    public Response pay(@PathParam("id") String id, PatientMoneyRequest request) {
        return post(id, request, PatientEntryKind.PAYMENT, "patient-payment.post");
    }

    @RolesAllowed("biller")
    @POST
    @Path("/copays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a copay collected at the time of service, once per reference; held while a payer has "
            + "the claim and applied to the patient's share when insurance is done (more than it: a credit to refund)")
    public Response copay(@PathParam("id") String id, PatientMoneyRequest request) {
        return post(id, request, PatientEntryKind.COPAY, "patient-copay.post");
    }

    @RolesAllowed("biller")
    @POST
    @Path("/patient-refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refund the patient once per reference, never more than the patient paid")
    public Response refund(@PathParam("id") String id, PatientMoneyRequest request) {
        return post(id, request, PatientEntryKind.REFUND, "patient-refund.post");
    }

    private Response post(String id, PatientMoneyRequest request, PatientEntryKind kind, String action) {
        UUID claimId = ClaimActionResource.claimId(id);
        List<Violation> violations = new ArrayList<>();
        String reference = request == null ? null : request.reference();
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            violations.add(new Violation("/reference", "a reference of 1 to 100 characters is required"));
        }
        Money amount = null;
        try {
            amount = request == null || request.amount() == null ? null : Money.parse(request.amount());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("/amount", "the amount " + e.getMessage()));
        }
        if (amount == null && violations.stream().noneMatch(v -> v.pointer().equals("/amount"))) {
            violations.add(new Violation("/amount", "an amount is required"));
        } else if (amount != null && !amount.isPositive()) {
            violations.add(new Violation("/amount", "the amount must be more than 0.00"));
        }
        String note = request == null ? null : request.note();
        if (note != null && note.length() > 200) {
            violations.add(new Violation("/note", "a note has at most 200 characters"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        AuditEntry entry = access.require(claimId, action);
        String ref = reference.trim();
        Money money = amount;
        // A write-off the payment left is a change of its own in the audit trail, in the payment's transaction.
        AuditEntry writeOff = new AuditEntry("patient-balance.write-off", entry.resourceType(), entry.resourceId(),
                entry.patientId(), entry.practice());
        PatientPosting posted = UniqueKeys.retriedOnce(access.audited(entry, () -> {
            PatientPosting done = balances.post(claimId, kind, ref, money, note, access.caller().actor());
            done.writeOff().ifPresent(w -> access.audit().changed(writeOff));
            return done;
        }));
        return Response.status(posted.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(answer(posted)).build();
    }

    private static Map<String, Object> answer(PatientPosting posted) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entry", PatientBalanceView.Entry.of(posted.entry()));
        out.put("repeated", posted.repeated());
        out.put("writeOff", posted.writeOff().map(PatientBalanceView.Entry::of).orElse(null));
        out.put("balance", PatientBalanceView.of(posted.claim()));
        return out;
    }
}
