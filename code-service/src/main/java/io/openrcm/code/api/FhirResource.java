package io.openrcm.code.api;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import io.openrcm.code.application.CodingOutcome;
import io.openrcm.code.application.EncounterMicroBatcher;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import io.openrcm.code.fhir.FhirR4Check;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Resource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

/** FHIR R4 intake: a Claim, or a Bundle (a Claim, or an Encounter with its Conditions, Procedures, Patient, Coverage). */
@Path("/fhir")
@Tag(name = "FHIR")
public class FhirResource {

    static final String FHIR_JSON = "application/fhir+json";
    private static final FhirContext FHIR = FhirContext.forR4();

    private final EncounterMicroBatcher batcher;
    private final EncounterRequestValidator validator;
    @Inject
    EncounterAccess access;

    @Inject
    public FhirResource(EncounterMicroBatcher batcher, Clock clock) {
        this.batcher = batcher;
        this.validator = new EncounterRequestValidator(clock);
    }

    @RolesAllowed("ehr-integration")
    @POST
    @Path("/Bundle")
    @Consumes({FHIR_JSON, "application/json"})
    @Operation(summary = "Receive an encounter as a FHIR R4 Bundle; errors come back as an OperationOutcome",
            description = "Either a Claim with the resources it references (checked against the base R4 "
                    + "definitions first, as POST /fhir/Claim), or an Encounter with its Conditions, Procedures, "
                    + "Patient and Coverage.")
    public Response bundle(String body, @HeaderParam(CorrelationIds.HEADER) String correlationId) {
        Bundle bundle;
        try {
            bundle = FHIR.newJsonParser().parseResource(Bundle.class, body);
        } catch (DataFormatException | ClassCastException e) {
            return outcome(400, List.of(new Violation("", "not a FHIR R4 Bundle in JSON: " + firstLine(e))));
        }
        if (bundle.getEntry().stream().anyMatch(e -> e.getResource() instanceof Claim)) {
            FhirR4Check.Checked<Bundle> checked = FhirR4Check.check(FHIR, Bundle.class, body);
            if (!checked.issues().isEmpty()) {
                return outcome(400, checked.issues());
            }
            Map<String, Resource> byRef = new HashMap<>();
            Claim claim = null;
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                Resource r = entry.getResource();
                if (r == null) {
                    continue;
                }
                if (entry.hasFullUrl()) {
                    byRef.put(entry.getFullUrl(), r);
                }
                byRef.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
                if (claim == null && r instanceof Claim c) {
                    claim = c;
                }
            }
            return accept(FhirClaimMapper.map(claim, byRef), correlationId);
        }
        try {
            return accept(FhirBundleMapper.map(bundle), v -> v, correlationId);
        } catch (ProblemException e) {
            return outcome(e);
        }
    }

    @RolesAllowed("ehr-integration")
    @POST
    @Path("/Claim")
    @Consumes({FHIR_JSON, "application/json"})
    @Operation(summary = "Receive an encounter as a FHIR R4 Claim; errors come back as an OperationOutcome",
            description = "The Claim is checked against the base R4 definitions (unknown elements, types, required "
                    + "codes, cardinalities) before it is mapped; each issue names its element by FHIRPath. Patient, "
                    + "Coverage, Practitioner and Organization come contained, or as references carrying an NPI "
                    + "identifier. Idempotent on Claim.identifier like ehrEncounterId.")
    @APIResponse(responseCode = "201", description = "Stored, CODED or NEEDS_REVIEW")
    @APIResponse(responseCode = "200", description = "A retry of an earlier identical Claim")
    @APIResponse(responseCode = "400", description = "OperationOutcome: each issue with its FHIRPath expression")
    @APIResponse(responseCode = "403", description = "The token does not carry the Claim's provider (practice)")
    public Response claim(String body, @HeaderParam(CorrelationIds.HEADER) String correlationId) {
        FhirR4Check.Checked<Claim> checked = FhirR4Check.check(FHIR, Claim.class, body);
        if (!checked.issues().isEmpty()) {
            return outcome(400, checked.issues());
        }
        return accept(FhirClaimMapper.map(checked.resource(), Map.of()), correlationId);
    }

    @RolesAllowed("ehr-integration")
    @GET
    @Path("/metadata")
    @Produces({FHIR_JSON, "application/json"})
    @Operation(summary = "The CapabilityStatement: what this FHIR R4 endpoint takes")
    public Response metadata() {
        return Response.ok(FHIR.newJsonParser().encodeResourceToString(FhirCapabilities.statement()))
                .type(FHIR_JSON).build();
    }

    private Response accept(FhirClaimMapper.Mapped mapped, String correlationId) {
        return accept(mapped.request(), mapped::locate, correlationId);
    }

    private Response accept(EncounterRequest request, UnaryOperator<Violation> locate, String correlationId) {
        try {
            EncounterContent content;
            try {
                content = validator.validate(request);
            } catch (ProblemException e) {
                if (e.problem().violations() == null) {
                    throw e;
                }
                return outcome(e.problem().status(), e.problem().violations().stream().map(locate).toList());
            }
            access.requirePractice(content, "encounter.create");
            // Grouped with the requests that arrive together, as POST /encounters is.
            CodingOutcome outcome = batcher.code(content, CorrelationIds.resolve(correlationId),
                    access.changedElsewhere("encounter.create"));
            EncounterResponse encounter = EncounterResponse.of(outcome.encounter());
            return Response.status(outcome.created() ? 201 : 200).entity(encounter)
                    .type(MediaType.APPLICATION_JSON)
                    .header(CorrelationIds.HEADER, encounter.correlationId()).build();
        } catch (ProblemException e) {
            return outcome(e);
        }
    }

    private static Response outcome(ProblemException e) {
        List<Violation> violations = e.problem().violations() == null || e.problem().violations().isEmpty()
                ? List.of(new Violation("", e.problem().detail() == null ? e.problem().title()
                        : e.problem().detail()))
                : e.problem().violations();
        return outcome(e.problem().status(), violations);
    }

    private static Response outcome(int status, List<Violation> violations) {
        OperationOutcome outcome = new OperationOutcome();
        for (Violation v : violations) {
            outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(status == 400 ? OperationOutcome.IssueType.INVALID
                            : status == 409 ? OperationOutcome.IssueType.CONFLICT
                                    : OperationOutcome.IssueType.PROCESSING)
                    .setDiagnostics(v.message()).addExpression(v.pointer());
        }
        return Response.status(status).type(FHIR_JSON)
                .entity(FHIR.newJsonParser().encodeResourceToString(outcome)).build();
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
