package io.openrcm.code.application;

import io.openrcm.code.domain.CodeSetVersion;
import io.openrcm.code.domain.CodeSuggestion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.CodeTitle;
import io.openrcm.code.domain.TypeAhead;
import io.openrcm.code.persistence.CodeSearch;
import io.openrcm.code.persistence.CodeSetRepository;
import io.openrcm.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Use cases: look up and search codes in the version in effect on a date; list the versions. */
@ApplicationScoped
public class CodeLookupService {

    private final CodeSetRepository codeSets;
    private final CodeSearch search;
    private final CodingEngine engine;
    private final Map<Long, TypeAhead> typeAheads = new ConcurrentHashMap<>();

    @Inject
    public CodeLookupService(CodeSetRepository codeSets, CodeSearch search, CodingEngine engine) {
        this.codeSets = codeSets;
        this.search = search;
        this.engine = engine;
    }

    /** Ranked code proposals for free text on a date, with confidence (what coding from text would propose). */
    public List<CodeSuggestion> suggest(CodeSystem system, String text, LocalDate on) {
        return QuarkusTransaction.requiringNew().call(() -> engine.suggest("TEXT", 0, List.of(system),
                engine.normalizer().normalize(text), on));
    }

    /** Codes found in a version. */
    public record Found(CodeSetVersion version, List<CodeTitle> codes) {
    }

    /** Every version loaded. */
    public List<CodeSetVersion> versions() {
        return QuarkusTransaction.requiringNew().call(codeSets::versions);
    }

    /** The code in the version in effect on the date, if it holds it; 404 when no version is in effect. */
    public Optional<Found> lookup(CodeSystem system, String code, LocalDate on) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CodeSetVersion v = version(system, on);
            List<CodeTitle> hits = search.find(v.id(), code);
            return hits.isEmpty() ? Optional.<Found>empty() : Optional.of(new Found(v, hits));
        });
    }

    /**
     * Ranked codes for a prefix or words in the version in effect on the date, from the version's in-memory
     * type-ahead (built on first use; a loaded version never changes, a new load is a new version).
     */
    public Found search(CodeSystem system, String q, LocalDate on, int limit) {
        CodeSetVersion v = QuarkusTransaction.requiringNew().call(() -> version(system, on));
        TypeAhead typeAhead = typeAheads.computeIfAbsent(v.id(), id -> QuarkusTransaction.requiringNew()
                .call(() -> new TypeAhead(search.all(id))));
        return new Found(v, typeAhead.search(q, limit));
    }

    /** Forgets the type-ahead indexes (after a load). */
    public void refresh() {
        typeAheads.clear();
    }

    private CodeSetVersion version(CodeSystem s, LocalDate on) {
        return codeSets.versionFor(s, on)
                .orElseThrow(() -> ProblemException.notFound(s.title() + " version in effect on", on.toString()));
    }
}
