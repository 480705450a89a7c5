package io.openrcm.code.api;

import io.openrcm.code.application.IndexSuggestionService;
import io.openrcm.code.domain.icd.CodeSpans;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** ICD-10-CM suggestions the Alphabetic Index way, each with its Index path and the Tabular notes that apply. */
@Path("/icd10cm")
@Tag(name = "Codes")
@Produces(MediaType.APPLICATION_JSON)
public class IcdIndexResource {

    private final IndexSuggestionService service;
    private final Clock clock;

    @Inject
    public IcdIndexResource(IndexSuggestionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** One suggestion: rank, code as coders write it, title, the Index path, the notes, a confidence. */
    public record Item(int rank, String code, String title, String path, List<String> notes, String confidence) {
    }

    /** The suggestions and the Tabular version that checked them. */
    public record Result(String version, List<Item> items) {
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed("coder")
    @Operation(summary = "Codes for clinical text found in the Alphabetic Index (main term, subterms, see / see also, "
            + "the Neoplasm and Drug tables), each checked in the Tabular List in effect on the date, with its Index "
            + "path (\"Failure, heart, congestive \u2192 I50.9\") and notes")
    public Result suggestions(@QueryParam("text") String text, @QueryParam("date") String date,
            @QueryParam("limit") Integer limit) {
        if (text == null || text.isBlank() || text.length() > 500) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:text",
                    "is required, 1 to 500 characters")));
        }
        int l = limit == null ? 5 : limit;
        if (l < 1 || l > 20) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:limit", "must be 1 to 20")));
        }
        LocalDate on;
        try {
            on = date == null ? LocalDate.now(clock) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidRequest(List.of(new Violation("query:date", "must be an ISO date")));
        }
        var found = service.suggest(text, on, l);
        List<Item> items = new ArrayList<>();
        for (var s : found.items()) {
            items.add(new Item(items.size() + 1, CodeSpans.dotted(s.code()), s.title(), s.path(), s.notes(),
                    String.format(Locale.ROOT, "%.4f", s.confidence())));
        }
        return new Result(found.version(), items);
    }
}
