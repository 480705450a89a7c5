package io.openrcm.code.application;

import io.openrcm.code.domain.icd.IndexSearch;
import io.openrcm.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Use case of the coder: codes for clinical text the Alphabetic Index way, with the path and notes behind each. */
@ApplicationScoped
public class IndexSuggestionService {

    private final IcdBooks books;

    @Inject
    public IndexSuggestionService(IcdBooks books) {
        this.books = books;
    }

    /** The suggestions and the Tabular version they were checked against. */
    public record Suggested(String version, List<IndexSearch.Suggestion> items) {
    }

    /** Up to limit suggestions for the text on the date of service; 404 when no Tabular List covers the date. */
    public Suggested suggest(String text, LocalDate on, int limit) {
        IndexSearch search = books.searchOn(on).orElseThrow(() -> ProblemException.notFound(
                "ICD-10-CM Tabular List in effect on", on.toString()));
        return new Suggested(books.on(on).orElseThrow().label(), search.suggest(text, limit));
    }
}
