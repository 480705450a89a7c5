package io.openrcm.claim.api;

import io.openrcm.claim.application.EncounterCopayService;
import io.openrcm.claim.application.EncounterCopayService.EncounterCopay;
import io.openrcm.kernel.Money;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
 * Copays collected at check-in, by encounter: the practice's front desk need not wait for the claim. A practice the
 * token lacks is a 403; the encounter of another practice's claim a 404; the posting is audited.
 */
@Path("/patient-accounts/{npi}/copays")
public class EncounterCopayResource {

    @Inject
    EncounterCopayService copays;
    @Inject
    ClaimAccess access;

    /**
     * A copay for an encounter.
     *
     * @param encounterId the encounter (code-service's id), billed or not yet
     * @param reference the practice's receipt number: posted once
     * @param amount a decimal string with at most two decimals, more than 0.00
     * @param note how it was paid; optional
     */
    public record EncounterCopayRequest(String encounterId, String reference, String amount, String note) {
    }

    @RolesAllowed("biller")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a copay collected at check-in for an encounter, once per reference: on its claim, or"
            + " kept until the claim is made")
    public Response collect(@PathParam("npi") String npi, EncounterCopayRequest request) {
        List<Violation> violations = new ArrayList<>();
        UUID encounterId = null;
        try {
            encounterId = request == null || request.encounterId() == null ? null
                    : UUID.fromString(request.encounterId());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("/encounterId", "an encounter id is a UUID"));
        }
        if (encounterId == null && violations.isEmpty()) {
            violations.add(new Violation("/encounterId", "an encounter id is required"));
        }
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
        if (amount == null ? violations.stream().noneMatch(v -> v.pointer().equals("/amount"))
                : !amount.isPositive()) {
            violations.add(new Violation("/amount", "an amount of more than 0.00 is required"));
        }
        String note = request == null ? null : request.note();
        if (note != null && note.length() > 200) {
            violations.add(new Violation("/note", "a note has at most 200 characters"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        AuditEntry entry = new AuditEntry("patient-copay.post", "Encounter", encounterId.toString(), null, npi);
        access.audit().target(entry);
        access.caller().requirePractice(npi);
        UUID encounter = encounterId;
        Money money = amount;
        String ref = reference.trim();
        EncounterCopay done = UniqueKeys.retriedOnce(access.audited(entry, () -> copays.collect(npi, encounter, ref,
                money, note, access.caller().actor())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("encounterId", encounter.toString());
        out.put("repeated", done.repeated());
        out.put("status", done.posted().isPresent() ? "POSTED_TO_CLAIM" : "WAITING_FOR_CLAIM");
        out.put("entry", PatientBalanceView.Entry.of(done.posted().map(p -> p.entry())
                .orElseGet(() -> done.waiting().orElseThrow())));
        out.put("balance", done.posted().map(p -> PatientBalanceView.of(p.claim())).orElse(null));
        return Response.status(done.repeated() ? Response.Status.OK : Response.Status.CREATED).entity(out).build();
    }
}
