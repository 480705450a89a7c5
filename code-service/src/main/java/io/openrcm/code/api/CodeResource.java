package io.openrcm.code.api;

import io.openrcm.code.application.CodeLookupService;
import io.openrcm.code.domain.CodeSetVersion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.CodeTitle;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Code lookup and type-ahead search in the code set version in effect on a date (today by default). */
@Path("/codes")
@Tag(name = "Codes")
@Produces(MediaType.APPLICATION_JSON)
public class CodeResource {

    private final CodeLookupService service;
    private final Clock clock;

    @Inject
    public CodeResource(CodeLookupService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** A code as the version in effect holds it. */
    public record CodeView(String system, String code, String shortTitle, String longTitle, boolean billable,
            String version, LocalDate versionFrom, LocalDate versionTo) {
    }

    /** A page of search results. */
    public record SearchResult(String system, String version, List<CodeView> items) {
    }

    /** The versions loaded. */
    @RolesAllowed({"coder", "biller", "administrator"})
    @GET
    @Path("/versions")
    @Operation(summary = "The code set versions loaded, with their effective periods")
    public List<CodeSetVersion> versions() {
        return service.versions();
    }

    /** A proposed code for free text. */
    public record SuggestionView(int rank, String code, String title, String confidence) {
    }

    @RolesAllowed("coder")
    @GET
    @Path("/{system}/suggestions")
    @Operation(summary = "Propose ranked codes with a confidence for free text (synonyms and abbreviations applied)")
    public List<SuggestionView> suggestions(@PathParam("system") String system, @QueryParam("text") String text,
            @QueryParam("date") String date) {
        CodeSystem s = system(system);
        if (text == null || text.isBlank() || text.length() > 500) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:text", "is required, 1 to 500 "
                    + "characters")));
        }
        return service.suggest(s, text, date(date)).stream().map(x -> new SuggestionView(x.rank(), x.code().code(),
                x.title(), String.format(Locale.ROOT, "%.4f", x.confidence()))).toList();
    }

    @RolesAllowed({"coder", "biller", "administrator"})
    @GET
    @Path("/{system}/{code}")
    @Operation(summary = "Look up a code in the version in effect on the date (default today)")
    public CodeView get(@PathParam("system") String system, @PathParam("code") String code,
            @QueryParam("date") String date) {
        CodeSystem s = system(system);
        LocalDate on = date(date);
        String normalized = code.strip().toUpperCase(Locale.ROOT).replace(".", "");
        return service.lookup(s, normalized, on).map(f -> view(s, f.version(), f.codes().get(0)))
                .orElseThrow(() -> ProblemException.notFound(s.title() + " code on " + on, normalized));
    }

    @RolesAllowed({"coder", "biller", "administrator"})
    @GET
    @Path("/{system}")
    @Operation(summary = "Search by code prefix or by words (each a prefix), ranked; for type-ahead")
    public SearchResult search(@PathParam("system") String system, @QueryParam("q") String q,
            @QueryParam("date") String date, @QueryParam("limit") Integer limit) {
        CodeSystem s = system(system);
        LocalDate on = date(date);
        if (q == null || q.isBlank() || q.length() > 200) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:q", "is required, 1 to 200 characters")));
        }
        int l = limit == null ? 10 : limit;
        if (l < 1 || l > 100) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:limit", "must be 1 to 100")));
        }
        CodeLookupService.Found found = service.search(s, q, on, l);
        return new SearchResult(s.name(), found.version().label(), found.codes().stream()
                .map(h -> view(s, found.version(), h)).toList());
    }

    private static CodeView view(CodeSystem s, CodeSetVersion v, CodeTitle h) {
        return new CodeView(s.name(), h.code(), h.shortTitle(), h.longTitle(), h.billable(), v.label(),
                v.effectiveFrom(), v.effectiveTo());
    }

    private static CodeSystem system(String system) {
        try {
            return CodeSystem.valueOf(system.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidRequest(List.of(new Violation("path:system",
                    "must be ICD10CM, HCPCS or CPT")));
        }
    }

    private LocalDate date(String date) {
        try {
            return date == null ? LocalDate.now(clock) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:date", "must be an ISO date")));
        }
    }
}
