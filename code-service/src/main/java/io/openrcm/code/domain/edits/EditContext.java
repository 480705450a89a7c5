package io.openrcm.code.domain.edits;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the edits need besides the encounter: the code sets for its codes, the edit tables and a way to list the
 * billable codes under a header code.
 *
 * @param codeSets the code set snapshot
 * @param tables the edit tables
 * @param completions lists billable codes under a header code on a date
 */
public record EditContext(CodeSetSnapshot codeSets, EditTables tables, Completions completions) {

    public EditContext {
        Objects.requireNonNull(codeSets, "codeSets");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(completions, "completions");
    }

    /** Billable codes that complete a header code. */
    @FunctionalInterface
    public interface Completions {
        /** Up to limit billable codes that start with the header code, in effect on the date. */
        List<String> billableUnder(CodeRef header, LocalDate date, int limit);
    }
}
