package io.openrcm.claim.api;

import io.openrcm.claim.application.Submission;
import io.openrcm.claim.application.SubmissionQueries;
import io.openrcm.claim.application.SubmissionService;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 837P submissions of the caller's practices: send READY claims now, list what was sent, download a file. */
@Path("/submissions")
public class SubmissionResource {

    static final String EDI_X12 = "application/edi-x12";

    @Inject
    SubmissionService submissions;
    @Inject
    SubmissionQueries queries;
    @Inject
    ClaimAccess access;

    @RolesAllowed("biller")
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send every READY claim of the caller's practices now, one interchange per payer (or only the"
            + " given payer's); 201 with the submissions made, 200 with none when nothing was READY")
    public Response submitNow(@QueryParam("payerId") String payerId) {
        List<String> payers = payerId == null || payerId.isBlank() ? submissions.payersWithReadyClaims(false)
                : List.of(payerId.trim());
        List<SubmissionApi.SubmissionView> made = new ArrayList<>();
        for (String payer : payers) {
            // Only the caller's practices' claims go out; each one sent is audited in the sending transaction.
            submissions.submit(payer, access.caller().practices(), sent -> access.audit().changed(sent.stream()
                    .map(c -> new AuditEntry("claim.submit", ClaimAccess.CLAIM, c.id().toString(),
                            c.details().patient().id(), c.details().billingProviderNpi())).toList()))
                    .ifPresent(s -> made.add(SubmissionApi.SubmissionView.of(s, List.of())));
        }
        return Response.status(made.isEmpty() ? Response.Status.OK : Response.Status.CREATED)
                .entity(new SubmissionApi.SubmissionList(made, made.size())).build();
    }

    @RolesAllowed("biller")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recent submissions, newest first (without their files)")
    public SubmissionApi.SubmissionList recent(@QueryParam("payerId") String payerId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Violation> v = new ArrayList<>();
        int p = ClaimResource.QueryParams.integer(page, "?page", 0, 0, Integer.MAX_VALUE, v);
        int s = ClaimResource.QueryParams.integer(size, "?size", 50, 1, 500, v);
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v);
        }
        List<SubmissionApi.SubmissionView> items = queries.recent(payerId, access.caller().practices(), p, s)
                .stream()
                .map(e -> SubmissionApi.SubmissionView.of(e, List.of())).toList();
        return new SubmissionApi.SubmissionList(items, items.size());
    }

    @RolesAllowed("biller")
    @GET
    @Path("/{id}")
    @Produces({EDI_X12, MediaType.TEXT_PLAIN})
    @Operation(summary = "The 837P file as sent")
    public Response file(@PathParam("id") String id) {
        Submission s = load(id, "submission.file.read");
        return Response.ok(s.content()).header("Content-Disposition", "attachment; filename=\"837P-"
                + String.format("%09d", s.interchangeControlNumber()) + ".x12\"").build();
    }

    @RolesAllowed("biller")
    @GET
    @Path("/{id}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A submission's control numbers, the claims it carried and, with a clearinghouse, its"
            + " transfer (file name, size, SHA-256, delivery time)")
    public SubmissionApi.SubmissionView summary(@PathParam("id") String id) {
        Submission s = load(id, "submission.read");
        return SubmissionApi.SubmissionView.of(s, queries.claimsOf(s.id()), queries.transfer(s.id()).orElse(null));
    }

    /**
     * The submission, when every claim its 837 carries is of the caller's practices (the file holds them all); else
     * 404 like an unknown id. Audited once per claim carried, with its patient.
     */
    private Submission load(String id, String action) {
        UUID submissionId = ClaimResource.QueryParams.uuid(id, "{id}", new ArrayList<>());
        if (submissionId == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("{id}", "the submission id is not a UUID")));
        }
        Submission submission = queries.submission(submissionId).orElse(null);
        List<AuditEntry> carried = submission == null ? List.of() : queries.ownersOf(submissionId).stream()
                .map(c -> new AuditEntry(action, "Submission", submissionId + "/" + c.claimId(), c.patientId(),
                        c.practice())).toList();
        if (submission == null || carried.stream().anyMatch(c -> !access.caller().mayActFor(c.practice()))) {
            access.audit().notFound(AuditEntry.of(action, "Submission", submissionId.toString()));
            throw ProblemException.notFound("Submission", submissionId.toString());
        }
        access.audit().read(carried);
        return submission;
    }
}
