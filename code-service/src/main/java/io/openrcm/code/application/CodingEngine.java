package io.openrcm.code.application;

import io.openrcm.code.config.CodingConfig;
import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetVersion;
import io.openrcm.code.domain.CodeSuggestion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.CodedBy;
import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.ServiceLine;
import io.openrcm.code.domain.TextNormalizer;
import io.openrcm.code.domain.edits.CodingEdits;
import io.openrcm.code.domain.edits.EditContext;
import io.openrcm.code.domain.edits.EditFinding;
import io.openrcm.code.domain.icd.IndexSearch;
import io.openrcm.code.persistence.CodeSetRepository;
import io.openrcm.code.persistence.CodeSuggester;
import io.openrcm.code.persistence.EditTablesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Codes what arrived as text (suggestions, applied automatically above the configured confidence) and runs the
 * coding edits with the tables and code sets in effect. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class CodingEngine {

    private final CodeSetRepository codeSets;
    private final EditTablesRepository tables;
    private final CodeSuggester suggester;
    private final CodingConfig config;
    private final IcdBooks books;

    @Inject
    public CodingEngine(CodeSetRepository codeSets, EditTablesRepository tables, CodeSuggester suggester,
            CodingConfig config, IcdBooks books) {
        this.codeSets = codeSets;
        this.tables = tables;
        this.suggester = suggester;
        this.config = config;
        this.books = books;
    }

    /** The content after automatic coding, with every suggestion made. */
    public record AutoCoded(EncounterContent content, List<CodeSuggestion> suggestions) {
    }

    /** Proposes codes for every diagnosis and line sent as text; applies the best one when confident enough. */
    public AutoCoded autoCode(EncounterContent content) {
        if (content.fullyCoded()) {
            return new AutoCoded(content, List.of());
        }
        TextNormalizer normalizer = new TextNormalizer(suggester.synonyms());
        LocalDate dos = content.dateOfService();
        List<CodeSuggestion> all = new ArrayList<>();
        List<Diagnosis> dx = new ArrayList<>();
        for (Diagnosis d : content.diagnoses()) {
            if (d.coded()) {
                dx.add(d);
                continue;
            }
            List<CodeSuggestion> s = suggestDiagnosis(d.sequence(), d.text(), normalizer, dos);
            all.addAll(s);
            dx.add(confident(s).map(best -> d.withCode(best.code().code(), CodedBy.AUTO)).orElse(d));
        }
        List<ServiceLine> lines = new ArrayList<>();
        for (ServiceLine l : content.serviceLines()) {
            if (l.coded()) {
                lines.add(l);
                continue;
            }
            List<CodeSuggestion> s = suggest(CodeSuggestion.LINE, l.lineNumber(),
                    List.of(CodeSystem.CPT, CodeSystem.HCPCS), normalizer.normalize(l.text()), dos);
            all.addAll(s);
            lines.add(confident(s).map(best -> l.withCode(best.code(), CodedBy.AUTO)).orElse(l));
        }
        return new AutoCoded(content.withCodes(dx, lines), all);
    }

    /** Ranked suggestions for free text on a date, for the coder's screen. */
    public List<CodeSuggestion> suggest(String target, int position, List<CodeSystem> systems, String normalized,
            LocalDate dos) {
        List<CodeSuggester.Candidate> candidates = new ArrayList<>();
        for (CodeSystem system : systems) {
            Optional<CodeSetVersion> version = codeSets.versionFor(system, dos);
            version.ifPresent(v -> candidates.addAll(suggester.suggest(v, normalized, config.suggestions())));
        }
        candidates.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        List<CodeSuggestion> out = new ArrayList<>();
        for (int i = 0; i < Math.min(config.suggestions(), candidates.size()); i++) {
            CodeSuggester.Candidate c = candidates.get(i);
            out.add(new CodeSuggestion(target, position, i + 1, c.code(), c.title(), c.confidence()));
        }
        return out;
    }

    /**
     * Diagnosis suggestions: the Alphabetic Index way when the ICD-10-CM books are loaded for the date, else the
     * title search.
     */
    public List<CodeSuggestion> suggestDiagnosis(int position, String text, TextNormalizer normalizer,
            LocalDate dos) {
        Optional<IndexSearch> index = books.searchOn(dos);
        if (index.isEmpty()) {
            return suggest(CodeSuggestion.DIAGNOSIS, position, List.of(CodeSystem.ICD10CM),
                    normalizer.normalize(text), dos);
        }
        List<IndexSearch.Suggestion> found = index.get().suggest(text, config.suggestions());
        List<CodeSuggestion> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            IndexSearch.Suggestion s = found.get(i);
            out.add(new CodeSuggestion(CodeSuggestion.DIAGNOSIS, position, i + 1,
                    new CodeRef(CodeSystem.ICD10CM, s.code()), s.title(), s.confidence()));
        }
        return out;
    }

    /** The normalizer over the current synonym table. */
    public TextNormalizer normalizer() {
        return new TextNormalizer(suggester.synonyms());
    }

    private Optional<CodeSuggestion> confident(List<CodeSuggestion> suggestions) {
        return suggestions.stream().findFirst().filter(s -> s.confidence() >= config.autoApplyConfidence());
    }

    /** Every finding of the coding edits for the content. */
    public List<EditFinding> edits(EncounterContent content) {
        var codes = content.codes();
        EditContext context = new EditContext(codeSets.versionsOf(codes), tables.forCodes(codes),
                (CodeRef header, LocalDate date, int limit) -> codeSets.billableUnder(header, date, limit),
                books.tabularOn(content.dateOfService()));
        return CodingEdits.run(content, context);
    }
}
