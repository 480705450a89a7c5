package io.openrcm.code.domain.edits;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetSnapshot;
import io.openrcm.code.domain.icd.TabularList;
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
 * @param tabular the ICD-10-CM Tabular List in effect on the date of service, or null when none is loaded
 */
public record EditContext(CodeSetSnapshot codeSets, EditTables tables, Completions completions,
        TabularList tabular) {

    public EditContext {
        Objects.requireNonNull(codeSets, "codeSets");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(completions, "completions");
    }

    /** Without a Tabular List: only the table-driven edits run. */
    public EditContext(CodeSetSnapshot codeSets, EditTables tables, Completions completions) {
        this(codeSets, tables, completions, null);
    }

    /** Billable codes that complete a header code. */
    @FunctionalInterface
    public interface Completions {
        /** Up to limit billable codes that start with the header code, in effect on the date. */
        List<String> billableUnder(CodeRef header, LocalDate date, int limit);
    }
}
