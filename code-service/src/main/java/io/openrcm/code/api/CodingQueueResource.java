package io.openrcm.code.api;

import io.openrcm.code.application.CodingQueueService;
import io.openrcm.code.domain.AuditEntry;
import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.Icd10Cm;
import io.openrcm.code.domain.ProcedureCodes;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The coder work queue: encounters of the caller's practices waiting for a coder, oldest first; claim one, finalize
 * it with chosen codes. The coder is the signed-in caller; every read and change is audited.
 */
@Path("/coding-queue")
@Tag(name = "Coding queue")
@Produces(MediaType.APPLICATION_JSON)
public class CodingQueueResource {

    private final CodingQueueService service;
    @Inject
    EncounterAccess access;

    @Inject
    public CodingQueueResource(CodingQueueService service) {
        this.service = service;
    }

    /** One encounter in the queue. */
    public record Item(UUID encounterId, String ehrEncounterId, String status, String reviewReason,
            LocalDate dateOfService, String payerId, Instant receivedAt, String claimedBy, Instant claimedAt,
            long errors, long warnings, long uncoded) {
    }

    /** A page of the queue. */
    public record Page(List<Item> items, long total, int limit, int offset) {
    }

    /** An encounter with what a coder needs: findings, suggestions and the audit trail. */
    public record Detail(EncounterResponse encounter, List<Suggestion> suggestions,
            List<AuditEntry> audit) {
    }

    /** A proposed code for a diagnosis or line sent as text. */
    public record Suggestion(String target, int position, int rank, String system, String code, String title,
            String confidence) {
    }

    /**
     * The body of claim and release. {@code coderId} is still accepted so older clients keep working, and ignored:
     * the coder is the signed-in caller, never a name the request types.
     */
    public record ClaimRequest(String coderId) {
    }

    /** The coder's final codes: every diagnosis in order, and the lines that change ({@code coderId} is ignored). */
    public record FinalizeRequest(String coderId, List<String> diagnoses, List<LineRequest> serviceLines) {
    }

    /** A line's final code, with modifiers, units and pointers when they change. */
    public record LineRequest(Integer lineNumber, String code, List<String> modifiers, Integer units,
            List<Integer> diagnosisPointers) {
    }

    @RolesAllowed({"coder", "revenue-manager"})
    @GET
    @Operation(summary = "Encounters waiting for a coder, oldest first",
            description = "Filters: status (NEEDS_REVIEW, IN_REVIEW; both by default), payerId, reason "
                    + "(EDIT_ERRORS, UNCODED_TEXT), claimedBy.")
    public Page list(@QueryParam("status") String status, @QueryParam("payerId") String payerId,
            @QueryParam("reason") String reason, @QueryParam("claimedBy") String claimedBy,
            @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
        List<String> statuses = status == null ? List.of("NEEDS_REVIEW", "IN_REVIEW")
                : Arrays.stream(status.split(",")).map(String::strip).toList();
        if (!List.of("NEEDS_REVIEW", "IN_REVIEW", "CODED").containsAll(statuses)) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:status",
                    "must be NEEDS_REVIEW, IN_REVIEW or CODED, comma separated")));
        }
        int l = limit == null ? 50 : limit;
        int o = offset == null ? 0 : offset;
        if (l < 1 || l > 500 || o < 0) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:limit", "must be 1 to 500; offset >= 0")));
        }
        CodingQueueService.Slice page = service.queue(statuses, payerId, reason, claimedBy,
                access.caller().practices(), o, l);
        access.audit().read(page.items().stream().map(e -> EncounterAccess.entry("coding-queue.read", e)).toList());
        return new Page(page.items().stream().map(CodingQueueResource::item).toList(), page.total(), l, o);
    }

    @RolesAllowed("coder")
    @GET
    @Path("/{id}")
    @Operation(summary = "An encounter with its findings, suggestions and audit trail")
    public Detail get(@PathParam("id") String id) {
        UUID uuid = uuid(id);
        access.require(uuid, "coding-queue.read");
        CodingQueueService.Detail d = service.detail(uuid, access.caller().practices())
                .orElseThrow(() -> ProblemException.notFound("Encounter", id));
        access.audit().read(EncounterAccess.entry("coding-queue.read", d.encounter()));
        return new Detail(EncounterResponse.of(d.encounter()), d.suggestions().stream()
                .map(x -> new Suggestion(x.target(), x.position(), x.rank(), x.code().system().name(),
                        x.code().code(), x.title(), String.format(Locale.ROOT, "%.4f", x.confidence())))
                .toList(), d.audit());
    }

    @RolesAllowed("coder")
    @POST
    @Path("/{id}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim an encounter for a coder; 409 when another coder holds it or it is coded")
    public EncounterResponse claim(@PathParam("id") String id, ClaimRequest request) {
        UUID uuid = uuid(id);
        return EncounterResponse.of(audited(uuid, "encounter.claim", () -> service.claim(uuid, coder())));
    }

    @RolesAllowed("coder")
    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a claimed encounter back to the queue; 409 unless that coder holds it")
    public EncounterResponse release(@PathParam("id") String id, ClaimRequest request) {
        UUID uuid = uuid(id);
        return EncounterResponse.of(audited(uuid, "encounter.release", () -> service.release(uuid, coder())));
    }

    @RolesAllowed("coder")
    @POST
    @Path("/{id}/finalize")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finalize with the chosen codes; re-runs the edits (422 with the errors) and emits "
            + "EncounterCoded")
    public EncounterResponse finalizeCoding(@PathParam("id") String id, FinalizeRequest request) {
        if (request == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("", "is required")));
        }
        UUID uuid = uuid(id);
        access.require(uuid, "encounter.finalize");
        String coderId = coder();
        List<Violation> violations = new ArrayList<>();
        List<String> dx = null;
        if (request.diagnoses() != null) {
            dx = new ArrayList<>();
            for (int i = 0; i < request.diagnoses().size(); i++) {
                String code = Icd10Cm.normalize(request.diagnoses().get(i)).orElse(null);
                if (code == null) {
                    violations.add(new Violation("/diagnoses/" + i, "must be an ICD-10-CM code"));
                }
                dx.add(code);
            }
        }
        List<CodingQueueService.LineChoice> lines = new ArrayList<>();
        List<LineRequest> requested = request.serviceLines() == null ? List.of() : request.serviceLines();
        for (int i = 0; i < requested.size(); i++) {
            LineRequest r = requested.get(i);
            CodeRef code = r == null ? null : ProcedureCodes.classify(r.code()).orElse(null);
            if (r == null || r.lineNumber() == null || code == null) {
                violations.add(new Violation("/serviceLines/" + i, "needs lineNumber and a CPT or HCPCS code"));
                continue;
            }
            lines.add(new CodingQueueService.LineChoice(r.lineNumber(), code, r.modifiers(), r.units(),
                    r.diagnosisPointers()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalidRequest(violations);
        }
        List<String> chosen = dx;
        return EncounterResponse.of(audited(uuid, "encounter.finalize",
                () -> service.finalizeCoding(uuid, coderId, chosen, lines)));
    }

    /** The coder: the signed-in caller (token subject or preferred_username), never a typed name. */
    private String coder() {
        if (access.caller().isAnonymous()) {
            throw new ProblemException(401, "unauthenticated", "Sign-in required",
                    "Coding needs a signed-in coder", List.of());
        }
        return access.caller().actor();
    }

    /** Runs a change of an encounter of the caller's practices (else 404) and audits it in its transaction. */
    private Encounter audited(UUID id, String action, Supplier<Encounter> change) {
        access.require(id, action);
        return QuarkusTransaction.requiringNew().call(() -> {
            Encounter changed = change.get();
            access.audit().changed(EncounterAccess.entry(action, changed));
            return changed;
        });
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Encounter", id);
        }
    }

    private static Item item(Encounter e) {
        long errors = e.findings().stream().filter(f -> f.isError()).count();
        long uncoded = e.content().diagnoses().stream().filter(d -> !d.coded()).count()
                + e.content().serviceLines().stream().filter(l -> !l.coded()).count();
        return new Item(e.id(), e.content().ehrEncounterId(), e.status().name(), e.reviewReason(),
                e.content().dateOfService(), e.content().payerId(), e.receivedAt(), e.claimedBy(), e.claimedAt(),
                errors, e.findings().size() - errors, uncoded);
    }
}
