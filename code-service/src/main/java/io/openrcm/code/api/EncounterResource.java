package io.openrcm.code.api;

import io.openrcm.code.application.CodingOutcome;
import io.openrcm.code.application.EncounterMicroBatcher;
import io.openrcm.code.application.EncounterService;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.Problem;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST API of encounters: EHR systems post coded encounters here and read them back, for the practices their token
 * carries only; every post and read is audited.
 */
@Path("/encounters")
@Tag(name = "Encounters")
@Produces(MediaType.APPLICATION_JSON)
public class EncounterResource {

    private final EncounterService service;
    private final EncounterMicroBatcher batcher;
    private final EncounterRequestValidator validator;
    @Inject
    EncounterAccess access;

    @Inject
    public EncounterResource(EncounterService service, EncounterMicroBatcher batcher, Clock clock) {
        this.service = service;
        this.batcher = batcher;
        this.validator = new EncounterRequestValidator(clock);
    }

    @RolesAllowed("ehr-integration")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a coded encounter from an EHR",
            description = "Checks the structure, judges every code by the code sets in effect on the date of service "
                    + "and runs the coding edits, then stores the encounter. Clean codes: status CODED and "
                    + "EncounterCoded is emitted. Codes that are unknown, not in effect, or break an edit, and "
                    + "diagnoses given as text: status NEEDS_REVIEW with the findings; the encounter waits in the "
                    + "coder queue (GET /coding-queue) and is not billed until a coder finalizes it. Idempotent on "
                    + "ehrEncounterId: an identical retry answers 200 with the first result; different content "
                    + "answers 409.")
    @APIResponse(responseCode = "201", description = "Stored, CODED or NEEDS_REVIEW; Location names the new encounter",
            content = @Content(schema = @Schema(implementation = EncounterResponse.class)))
    @APIResponse(responseCode = "200", description = "A retry of an earlier identical request: its encounter",
            content = @Content(schema = @Schema(implementation = EncounterResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed or invalid: every violation with its JSON pointer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "This ehrEncounterId was received with different content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> create(EncounterRequest request,
            @Parameter(description = "Correlation id to carry through every service; generated when absent")
            @HeaderParam(CorrelationIds.HEADER) String correlationId,
            @Context UriInfo uri) {
        EncounterContent content = validator.validate(request);
        access.requirePractice(content, "encounter.create");
        // Runs on the event loop (a CompletionStage): the body is read before, as for any request, and a request
        // waiting for its group holds no thread. Validated and checked here, so that a bad request never joins a
        // micro-batch; the answer is built when its group (or, handed back, a worker) has stored it.
        UriBuilder location = uri.getBaseUriBuilder().path("encounters");
        return batcher.codeLater(content, CorrelationIds.resolve(correlationId),
                access.changedElsewhere("encounter.create")).thenApply(outcome -> created(outcome, location));
    }

    private static Response created(CodingOutcome outcome, UriBuilder location) {
        EncounterResponse body = EncounterResponse.of(outcome.encounter());
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(location.path(body.encounterId().toString()).build())
                : Response.ok();
        return response.entity(body).header(CorrelationIds.HEADER, body.correlationId()).build();
    }

    @RolesAllowed({"ehr-integration", "coder", "biller"})
    @GET
    @Path("/{id}")
    @Operation(summary = "Read an encounter by the id the service assigned")
    @APIResponse(responseCode = "200", description = "The encounter",
            content = @Content(schema = @Schema(implementation = EncounterResponse.class)))
    @APIResponse(responseCode = "404", description = "No such encounter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EncounterResponse get(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Encounter", id);
        }
        Encounter found = access.require(uuid, "encounter.read");
        access.audit().read(EncounterAccess.entry("encounter.read", found));
        return EncounterResponse.of(found);
    }

    @RolesAllowed({"ehr-integration", "coder", "biller"})
    @GET
    @Operation(summary = "Find the encounter created for an EHR encounter id")
    @APIResponse(responseCode = "200", description = "The encounter",
            content = @Content(schema = @Schema(implementation = EncounterResponse.class)))
    @APIResponse(responseCode = "400", description = "The ehrEncounterId query parameter is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No encounter for that EHR encounter id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EncounterResponse findByEhrEncounterId(
            @Parameter(description = "The EHR's encounter id", required = true)
            @QueryParam("ehrEncounterId") String ehrEncounterId,
            @Parameter(description = "The practice (billing provider NPI) whose EHR gave the id: two practices' EHRs"
                    + " may use the same id, so a caller of several practices names the one it means")
            @QueryParam("billingProviderNpi") String billingProviderNpi) {
        if (ehrEncounterId == null || ehrEncounterId.isBlank()) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:ehrEncounterId", "is required")));
        }
        Set<String> practices = access.caller().practices();
        if (billingProviderNpi != null && !billingProviderNpi.isBlank()) {
            // Only within the caller's own practices: another practice's NPI finds nothing (404), as a guess should.
            practices = practices.contains(billingProviderNpi.strip()) ? Set.of(billingProviderNpi.strip()) : Set.of();
        }
        Encounter found = service.findByEhrEncounterId(ehrEncounterId.strip(), practices).orElse(null);
        if (found == null) {
            access.audit().notFound(AuditEntry.of("encounter.read", EncounterAccess.ENCOUNTER, ehrEncounterId));
            throw ProblemException.notFound("Encounter with EHR encounter id", ehrEncounterId);
        }
        access.audit().read(EncounterAccess.entry("encounter.read", found));
        return EncounterResponse.of(found);
    }
}
