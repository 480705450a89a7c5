package io.openrcm.code.api;

import io.openrcm.code.application.CodeSetAdminService;
import io.openrcm.code.application.CodeSetPeriods;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin REST API: a billing manager loads each year's code sets and the edit tables (file as the body). */
@Path("/admin")
@Tag(name = "Admin: code sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, "application/gzip", "text/csv",
        "text/tab-separated-values"})
public class CodeSetAdminResource {

    private static final Set<String> SYSTEMS = Set.of("ICD10CM", "HCPCS", "CPT");
    private static final Set<String> BOOKS = Set.of("tabular", "index", "eindex", "neoplasm", "drug");

    private final CodeSetAdminService service;

    @Inject
    public CodeSetAdminResource(CodeSetAdminService service) {
        this.service = service;
    }

    @RolesAllowed("administrator")
    @POST
    @Path("/code-sets/{system}")
    @Operation(summary = "Load a full code set file as a version with its effective period",
            description = "ICD10CM: the order file, CMS fixed width or its tab-separated conversion (gzip accepted); "
                    + "HCPCS: the CMS alpha-numeric file; CPT: a licensed CSV (code, descriptor). The same file "
                    + "again changes nothing. With addendaTo=<base version>, ICD10CM order addenda are applied to "
                    + "that version to make the new one.")
    public CodeSetAdminService.Loaded load(@PathParam("system") String system, @QueryParam("version") String version,
            @QueryParam("effectiveFrom") String from, @QueryParam("effectiveTo") String to,
            @QueryParam("addendaTo") String base, @QueryParam("fileName") String fileName, byte[] body) {
        if (!SYSTEMS.contains(system)) {
            throw ProblemException.invalidRequest(List.of(new Violation("path:system", "must be one of " + SYSTEMS)));
        }
        if (version == null || version.isBlank() || version.length() > 40 || body == null || body.length == 0) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:version",
                    "is required (at most 40 characters), with the file as the request body")));
        }
        LocalDate[] period;
        try {
            period = CodeSetPeriods.of(system, version, from, to);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:effectiveFrom", e.getMessage())));
        }
        String source = fileName == null ? system + " " + version : fileName;
        return service.loadCodeSet(system, version, period[0], period[1], base, source, body);
    }

    @POST
    @Path("/icd-books/{book}")
    @RolesAllowed("administrator")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/gzip"})
    @Operation(summary = "Load a CDC ICD-10-CM XML book as a version with its effective period",
            description = "book: tabular, index, eindex, neoplasm or drug (the CDC XML, gzip accepted). FY2023 serves "
                    + "dates of service 2022-10-01 to 2023-09-30 unless effectiveFrom/effectiveTo say otherwise. The "
                    + "same file again changes nothing; the same version label with another file is a 409.")
    public CodeSetAdminService.BookLoaded loadBook(@PathParam("book") String book,
            @QueryParam("version") String version, @QueryParam("effectiveFrom") String from,
            @QueryParam("effectiveTo") String to, @QueryParam("fileName") String fileName, byte[] body) {
        if (!BOOKS.contains(book)) {
            throw ProblemException.invalidRequest(List.of(new Violation("path:book", "must be one of " + BOOKS)));
        }
        if (version == null || version.isBlank() || version.length() > 40 || body == null || body.length == 0) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:version",
                    "is required (at most 40 characters), with the XML file as the request body")));
        }
        LocalDate[] period;
        try {
            period = CodeSetPeriods.of("ICD10CM", version, from, to);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:effectiveFrom", e.getMessage())));
        }
        String source = fileName == null ? "ICD-10-CM " + book + " " + version : fileName;
        return service.loadBook(book, version, period[0], period[1], source, body);
    }

    @POST
    @Path("/edit-tables/{table}")
    @RolesAllowed("administrator")
    @Operation(summary = "Load an edit table from its CMS file (ptp, mue, add-on) or a project table "
            + "(excludes1, synonyms, abbreviations); rows are upserted")
    public Map<String, Object> loadTable(@PathParam("table") String table, @QueryParam("source") String source,
            byte[] body) {
        if (!Set.of("ptp", "mue", "add-on", "excludes1", "synonyms", "abbreviations").contains(table)) {
            throw ProblemException.invalidRequest(List.of(new Violation("path:table",
                    "must be ptp, mue, add-on, excludes1, synonyms or abbreviations")));
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalidRequest(List.of(new Violation("body", "is required: the file")));
        }
        String src = source == null || source.isBlank() ? table + " upload" : source.substring(0,
                Math.min(60, source.length()));
        long start = System.nanoTime();
        int rows = service.loadTable(table, src, body);
        return Map.of("table", table, "rows", rows, "millis", (System.nanoTime() - start) / 1_000_000);
    }
}
