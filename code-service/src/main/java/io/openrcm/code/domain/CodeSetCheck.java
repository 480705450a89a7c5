package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that every code of an encounter exists in the loaded code sets, is in effect on the date of service and may
 * be billed. This is the seed of the coding edits: further edits (code pairs, units, age and sex rules) join it.
 */
public final class CodeSetCheck {

    private final CodeSetLookup lookup;

    public CodeSetCheck(CodeSetLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** Every code problem of the encounter, with one code set query. Empty when all codes are acceptable. */
    public List<CodingViolation> check(EncounterContent encounter) {
        return check(encounter, lookup.versionsOf(encounter.codes()));
    }

    /** Every code problem of the encounter against a snapshot already read (a batch reads one for all). */
    public static List<CodingViolation> check(EncounterContent encounter, CodeSetSnapshot codeSets) {
        List<CodingViolation> violations = new ArrayList<>();
        LocalDate dos = encounter.dateOfService();
        for (int i = 0; i < encounter.diagnoses().size(); i++) {
            String pointer = "/diagnoses/" + i;
            problem(encounter.diagnoses().get(i).codeRef(), dos, codeSets)
                    .ifPresent(message -> violations.add(new CodingViolation(pointer, message)));
        }
        for (int i = 0; i < encounter.serviceLines().size(); i++) {
            String pointer = "/serviceLines/" + i + "/code";
            problem(encounter.serviceLines().get(i).code(), dos, codeSets)
                    .ifPresent(message -> violations.add(new CodingViolation(pointer, message)));
        }
        return violations;
    }

    private static Optional<String> problem(CodeRef code, LocalDate dos, CodeSetSnapshot codeSets) {
        String name = code.system().title() + " code " + code.code();
        if (!codeSets.knows(code)) {
            return Optional.of(name + " is not in the loaded code set");
        }
        Optional<CodeSetEntry> entry = codeSets.inEffect(code, dos);
        if (entry.isEmpty()) {
            return Optional.of(name + " is not in effect on the date of service " + dos);
        }
        if (!entry.get().billable()) {
            return Optional.of(name + " is a header code that cannot be billed; use a more specific code");
        }
        return Optional.empty();
    }
}
