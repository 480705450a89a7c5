package io.openrcm.claim.api;

import io.openrcm.claim.application.PatientBalanceService;
import io.openrcm.claim.application.PatientClaim;
import io.openrcm.claim.application.StatementService;
import io.openrcm.claim.application.StoredStatement;
import io.openrcm.claim.statement.Statement;
import io.openrcm.kernel.Money;
import io.openrcm.platform.audit.AuditEntry;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Patient accounts of a practice (billing-provider NPI and the patient id its EHR sent): what the patient owes over
 * every claim, the statement as a PDF, the small-balance write-off and the monthly statement run. A practice the token
 * lacks is a 403; an unknown patient a 404; every read and change of patient data is audited.
 */
@Path("/patient-accounts/{npi}")
public class PatientAccountResource {

    static final String ACCOUNT = "PatientAccount";
    static final String PDF = "application/pdf";

    @Inject
    PatientBalanceService balances;
    @Inject
    StatementService statements;
    @Inject
    ClaimAccess access;

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("/{patientId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the patient owes over all claims of the account, claim by claim")
    public Map<String, Object> account(@PathParam("npi") String npi, @PathParam("patientId") String patientId) {
        AuditEntry entry = require(npi, patientId, "patient-account.read");
        List<PatientClaim> claims = balances.account(npi, patientId);
        if (claims.isEmpty()) {
            access.audit().notFound(entry);
            throw ProblemException.notFound(ACCOUNT, patientId);
        }
        access.audit().read(entry);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("practice", npi);
        out.put("patientId", patientId);
        out.put("owed", Money.sum(claims.stream().map(c -> c.patient().owed()).toList()).toString());
        out.put("credit", Money.sum(claims.stream().map(c -> c.patient().credit()).toList()).toString());
        out.put("smallBalanceThreshold", balances.threshold(npi).toString());
        out.put("claims", claims.stream().map(PatientBalanceView::of).toList());
        return out;
    }

    @RolesAllowed({"biller", "revenue-manager"})
    @GET
    @Path("/{patientId}/statement")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The patient's statement as a PDF: visits with a balance, what insurance did, what is owed")
    public Response statement(@PathParam("npi") String npi, @PathParam("patientId") String patientId,
            @QueryParam("date") String date) {
        LocalDate day = date(date);
        AuditEntry entry = require(npi, patientId, "patient-statement.read");
        Statement statement = statements.statement(npi, patientId, day).orElse(null);
        if (statement == null) {
            access.audit().notFound(entry);
            throw ProblemException.notFound(ACCOUNT, patientId);
        }
        byte[] pdf = statements.pdf(statement);
        access.audit().read(entry);
        return Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"statement-"
                + statement.statementDate() + ".pdf\"").build();
    }

    @RolesAllowed("biller")
    @POST
    @Path("/statement-runs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate and keep a statement for every patient of the practice who owes something")
    public Response statementRun(@PathParam("npi") String npi, @QueryParam("date") String date) {
        LocalDate day = date(date);
        access.caller().requirePractice(npi);
        // A run racing another of the same date loses on the account and date, and is run once more: it then lists
        // the statements the other made.
        List<StoredStatement> run = UniqueKeys.retriedOnce(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<StoredStatement> made = statements.run(npi, day, access.caller().actor());
            made.stream().filter(StoredStatement::created).forEach(s -> access.audit().changed(
                    new AuditEntry("patient-statement.create", "PatientStatement", s.id().toString(), s.patientId(),
                            npi)));
            return made;
        }));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("practice", npi);
        out.put("statements", run.stream().map(PatientAccountResource::view).toList());
        return Response.status(Response.Status.CREATED).entity(out).build();
    }

    @RolesAllowed("biller")
    @POST
    @Path("/small-balance-write-offs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write off every patient balance of the practice under its small-balance threshold")
    public Map<String, Object> writeOff(@PathParam("npi") String npi) {
        access.caller().requirePractice(npi);
        List<PatientClaim> done = QuarkusTransaction.requiringNew().call(() -> {
            List<PatientClaim> writtenOff = balances.writeOffSmallBalances(npi, access.caller().actor());
            writtenOff.forEach(c -> access.audit().changed(new AuditEntry("patient-balance.write-off",
                    ClaimAccess.CLAIM, c.claim().id().toString(), c.claim().details().patient().id(), npi)));
            return writtenOff;
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("practice", npi);
        out.put("threshold", balances.threshold(npi).toString());
        out.put("writtenOff", done.stream().map(PatientBalanceView::of).toList());
        return out;
    }

    static Map<String, Object> view(StoredStatement s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("statementId", s.id().toString());
        out.put("patientId", s.patientId());
        out.put("statementDate", s.statementDate().toString());
        out.put("amountDue", s.amountDue().toString());
        out.put("claims", s.claimCount());
        out.put("createdAt", s.createdAt());
        out.put("created", s.created());
        return out;
    }

    private AuditEntry require(String npi, String patientId, String action) {
        AuditEntry entry = new AuditEntry(action, ACCOUNT, patientId, patientId, npi);
        access.audit().target(entry);
        access.caller().requirePractice(npi);
        return entry;
    }

    private static LocalDate date(String date) {
        List<Violation> v = new ArrayList<>();
        LocalDate day = ClaimResource.QueryParams.date(date, "?date", v);
        if (!v.isEmpty()) {
            throw ProblemException.invalidRequest(v);
        }
        return day;
    }
}
