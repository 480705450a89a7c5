package io.openrcm.code.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openrcm.code.application.BatchItem;
import io.openrcm.code.application.BatchOutcome;
import io.openrcm.code.application.EncounterBatchService;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.Problem;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.ProblemExceptionMappers;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import io.openrcm.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST API for bulk loads: many encounters in one request, each judged on its own. */
@Path("/encounters/batch")
@Tag(name = "Encounters")
public class EncounterBatchResource {

    static final int MAX_BATCH = 500;

    private final EncounterBatchService service;
    private final EncounterRequestValidator validator;
    private final ObjectMapper mapper;
    @Inject
    EncounterAccess access;

    @Inject
    public EncounterBatchResource(EncounterBatchService service, Clock clock, ObjectMapper mapper) {
        this.service = service;
        this.validator = new EncounterRequestValidator(clock);
        this.mapper = mapper;
    }

    @RolesAllowed("ehr-integration")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive up to 500 coded encounters at once",
            description = "Each encounter is validated, checked and made idempotent exactly as by POST /encounters, "
                    + "and gets the status that request would have answered (201, 200, 400 or 409) with its "
                    + "body. All new encounters are stored in one transaction. Each new encounter starts its own "
                    + "flow with a generated correlation id.")
    @APIResponse(responseCode = "200", description = "One result per encounter, in order",
            content = @Content(schema = @Schema(implementation = EncounterBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "The batch itself is malformed, empty or too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EncounterBatchResponse create(EncounterBatchRequest request) {
        if (request == null || request.encounters() == null) {
            throw ProblemException.invalidRequest(List.of(new Violation("/encounters", "is required")));
        }
        int size = request.encounters().size();
        if (size == 0 || size > MAX_BATCH) {
            throw ProblemException.invalidRequest(
                    List.of(new Violation("/encounters", "must hold 1 to " + MAX_BATCH + " encounters")));
        }
        List<BatchItem> items = new ArrayList<>(size);
        List<AuditEntry> refused = new ArrayList<>();
        for (JsonNode node : request.encounters()) {
            items.add(item(node, refused));
        }
        // The audit of what the batch stored (or replayed) commits with it, in the batch's one transaction.
        List<BatchOutcome> outcomes = service.codeAll(items, stored -> access.audit().changed(stored.stream()
                .filter(o -> o.encounter() != null)
                .map(o -> EncounterAccess.entry("encounter.create", o.encounter())).toList()));
        access.audit().refused(refused, 403);
        List<EncounterBatchResponse.Item> results = new ArrayList<>(size);
        for (int i = 0; i < outcomes.size(); i++) {
            results.add(result(i, outcomes.get(i)));
        }
        return EncounterBatchResponse.of(results);
    }

    private BatchItem item(JsonNode node, List<AuditEntry> refused) {
        try {
            EncounterRequest request = node == null || node.isNull() ? null
                    : mapper.treeToValue(node, EncounterRequest.class);
            EncounterContent content = validator.validate(request);
            if (!access.caller().mayActFor(content.billingProviderNpi())) {
                refused.add(new AuditEntry("encounter.create", EncounterAccess.ENCOUNTER, content.ehrEncounterId(),
                        content.patient().id(), content.billingProviderNpi()));
                // Refused item by item, like any other invalid encounter of the batch: nothing of it is stored.
                return BatchItem.rejected(new Problem(Problem.TYPE_BASE + Caller.PRACTICE_REFUSED,
                        "Practice not permitted", 403,
                        "The token does not carry practice " + content.billingProviderNpi(), List.of()));
            }
            return BatchItem.valid(content, UUID.randomUUID().toString());
        } catch (ProblemException e) {
            return BatchItem.rejected(e.problem());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return BatchItem.rejected(malformed(e));
        }
    }

    private static Problem malformed(Exception e) {
        Throwable cause = e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof JsonProcessingException json) {
            return ProblemExceptionMappers.malformedJson(json);
        }
        return new Problem(Problem.TYPE_BASE + "malformed-json", "The request body is not valid JSON", 400,
                "The encounter could not be read as the expected JSON document",
                List.of(new Violation("", cause.getMessage() == null ? "unreadable JSON" : cause.getMessage())));
    }

    private static EncounterBatchResponse.Item result(int index, BatchOutcome outcome) {
        if (outcome.problem() != null) {
            return new EncounterBatchResponse.Item(index, outcome.problem().status(), null, outcome.problem());
        }
        return new EncounterBatchResponse.Item(index, outcome.created() ? 201 : 200,
                EncounterResponse.of(outcome.encounter()), null);
    }
}
