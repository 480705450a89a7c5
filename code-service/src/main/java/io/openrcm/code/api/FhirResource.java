package io.openrcm.code.api;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import io.openrcm.code.application.CodingOutcome;
import io.openrcm.code.application.EncounterService;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

/** FHIR R4 intake: a Bundle with an Encounter, its Conditions, Procedures, Patient and Coverage. */
@Path("/fhir")
@Tag(name = "FHIR")
public class FhirResource {

    static final String FHIR_JSON = "application/fhir+json";
    private static final FhirContext FHIR = FhirContext.forR4();

    private final EncounterService service;
    private final EncounterRequestValidator validator;
    @Inject
    EncounterAccess access;

    @Inject
    public FhirResource(EncounterService service, Clock clock) {
        this.service = service;
        this.validator = new EncounterRequestValidator(clock);
    }

    @RolesAllowed("ehr-integration")
    @POST
    @Path("/Bundle")
    @Consumes({FHIR_JSON, "application/json"})
    @Operation(summary = "Receive an encounter as a FHIR R4 Bundle; errors come back as an OperationOutcome")
    public Response bundle(String body, @HeaderParam(CorrelationIds.HEADER) String correlationId) {
        Bundle bundle;
        try {
            bundle = FHIR.newJsonParser().parseResource(Bundle.class, body);
        } catch (DataFormatException | ClassCastException e) {
            return outcome(400, List.of(new Violation("", "not a FHIR R4 Bundle in JSON: " + firstLine(e))));
        }
        try {
            EncounterRequest request = FhirBundleMapper.map(bundle);
            EncounterContent content = validator.validate(request);
            access.requirePractice(content, "encounter.create");
            CodingOutcome outcome = service.code(content, CorrelationIds.resolve(correlationId),
                    o -> access.audit().changed(EncounterAccess.entry("encounter.create", o.encounter())));
            EncounterResponse encounter = EncounterResponse.of(outcome.encounter());
            return Response.status(outcome.created() ? 201 : 200).entity(encounter)
                    .type(MediaType.APPLICATION_JSON)
                    .header(CorrelationIds.HEADER, encounter.correlationId()).build();
        } catch (ProblemException e) {
            List<Violation> violations = e.problem().violations() == null || e.problem().violations().isEmpty()
                    ? List.of(new Violation("", e.problem().detail() == null ? e.problem().title()
                            : e.problem().detail()))
                    : e.problem().violations();
            return outcome(e.problem().status(), violations);
        }
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
