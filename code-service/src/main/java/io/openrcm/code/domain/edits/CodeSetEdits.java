package io.openrcm.code.domain.edits;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetEntry;
import io.openrcm.code.domain.CodeSetVersion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.ServiceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Edits against the code sets: unknown code, not in effect on the date of service, non-billable header code. */
final class CodeSetEdits {

    static final String UNKNOWN = "CS-UNKNOWN-CODE";
    static final String NOT_IN_EFFECT = "CS-NOT-IN-EFFECT";
    static final String HEADER = "CS-HEADER-CODE";
    private static final int COMPLETIONS = 10;

    private CodeSetEdits() {
    }

    static List<EditFinding> run(EncounterContent encounter, EditContext context) {
        List<EditFinding> findings = new ArrayList<>();
        LocalDate dos = encounter.dateOfService();
        for (Diagnosis d : encounter.diagnoses()) {
            if (d.coded()) {
                check(d.codeRef(), dos, context).ifPresent(f -> findings.add(
                        new EditFinding(f.editId(), Severity.ERROR, f.message(), d.sequence(), null)));
            }
        }
        for (ServiceLine l : encounter.serviceLines()) {
            if (l.coded()) {
                check(l.code(), dos, context).ifPresent(f -> findings.add(
                        new EditFinding(f.editId(), Severity.ERROR, f.message(), null, l.lineNumber())));
            }
        }
        return findings;
    }

    private static Optional<EditFinding> check(CodeRef code, LocalDate dos, EditContext context) {
        String name = code.system().title() + " code " + display(code);
        if (!context.codeSets().knows(code)) {
            return finding(UNKNOWN, name + " is not in the loaded code set");
        }
        Optional<CodeSetEntry> entry = context.codeSets().inEffect(code, dos);
        if (entry.isEmpty()) {
            String version = context.codeSets().versionFor(code.system(), dos).map(CodeSetVersion::label)
                    .orElse("no loaded version");
            return finding(NOT_IN_EFFECT, name + " is not in effect on the date of service " + dos + " ("
                    + code.system().title() + " " + version + ")");
        }
        if (!entry.get().billable()) {
            List<String> completions = context.completions().billableUnder(code, dos, COMPLETIONS);
            String which = completions.isEmpty() ? "" : "; codes that complete it: " + String.join(", ",
                    completions.stream().map(c -> display(new CodeRef(code.system(), c))).toList())
                    + (completions.size() == COMPLETIONS ? ", ..." : "");
            return finding(HEADER, name + " is a header code that needs more characters to be billed" + which);
        }
        return Optional.empty();
    }

    private static Optional<EditFinding> finding(String id, String message) {
        return Optional.of(new EditFinding(id, Severity.ERROR, message, null, null));
    }

    /** ICD-10-CM codes are shown with their dot, as coders read them. */
    static String display(CodeRef code) {
        String c = code.code();
        return code.system() == CodeSystem.ICD10CM && c.length() > 3 ? c.substring(0, 3) + "." + c.substring(3) : c;
    }
}
