package io.openrcm.claim.api;

import io.openrcm.claim.application.StatementService;
import io.openrcm.claim.application.StoredStatement;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A statement kept by a statement run, as the patient got it (PDF); another practice's is a 404, reads audited. */
@Path("/patient-statements/{id}")
public class PatientStatementResource {

    @Inject
    StatementService statements;
    @Inject
    ClaimAccess access;

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Produces({PatientAccountResource.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "A kept statement's PDF")
    public Response statement(@PathParam("id") String id) {
        UUID statementId = ClaimResource.QueryParams.uuid(id, "{id}", new ArrayList<>());
        if (statementId == null) {
            throw ProblemException.notFound("PatientStatement", id);
        }
        StoredStatement.WithPdf pdf = statements.stored(statementId).orElse(null);
        if (pdf == null || !access.caller().mayActFor(pdf.statement().practice())) {
            access.audit().notFound(pdf == null ? AuditEntry.of("patient-statement.read", "PatientStatement", id)
                    : entry(pdf));
            throw ProblemException.notFound("PatientStatement", id);
        }
        access.audit().read(entry(pdf));
        return Response.ok(pdf.bytes(), PatientAccountResource.PDF).build();
    }

    private static AuditEntry entry(StoredStatement.WithPdf pdf) {
        return new AuditEntry("patient-statement.read", "PatientStatement", pdf.statement().id().toString(),
                pdf.statement().patientId(), pdf.statement().practice());
    }
}
