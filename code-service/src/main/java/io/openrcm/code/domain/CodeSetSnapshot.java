package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the code sets hold for a set of codes: every version of each, so any date of service can be answered. */
public final class CodeSetSnapshot {

    private final Map<CodeRef, List<CodeSetEntry>> versions = new HashMap<>();

    /** A snapshot of the given entries; entries of one code may come in any order. */
    public static CodeSetSnapshot of(Collection<CodeSetEntry> entries) {
        CodeSetSnapshot snapshot = new CodeSetSnapshot();
        for (CodeSetEntry entry : entries) {
            snapshot.versions.computeIfAbsent(entry.code(), k -> new java.util.ArrayList<>()).add(entry);
        }
        return snapshot;
    }

    /** Whether the code exists in any version. */
    public boolean knows(CodeRef code) {
        return versions.containsKey(code);
    }

    /** The version in effect on the date of service, if any. */
    public Optional<CodeSetEntry> inEffect(CodeRef code, LocalDate dateOfService) {
        return versions.getOrDefault(code, List.of()).stream().filter(e -> e.inEffectOn(dateOfService)).findFirst();
    }
}
