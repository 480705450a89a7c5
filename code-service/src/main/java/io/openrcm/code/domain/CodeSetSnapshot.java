package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the code sets hold for a set of codes: every version of the systems and every entry of each code, so any
 * date of service can be answered. The version in effect on a date is the loaded one covering it with the latest
 * start; the starter version applies only where no loaded version does.
 */
public final class CodeSetSnapshot {

    private final List<CodeSetVersion> versions;
    private final Map<CodeRef, List<CodeSetEntry>> entries = new HashMap<>();

    private CodeSetSnapshot(Collection<CodeSetVersion> versions) {
        this.versions = List.copyOf(versions);
    }

    /** A snapshot of the given versions and entries. */
    public static CodeSetSnapshot of(Collection<CodeSetVersion> versions, Collection<CodeSetEntry> entries) {
        CodeSetSnapshot snapshot = new CodeSetSnapshot(versions);
        for (CodeSetEntry entry : entries) {
            snapshot.entries.computeIfAbsent(entry.code(), k -> new ArrayList<>()).add(entry);
        }
        return snapshot;
    }

    /** The version of the system in effect on the date, if any. */
    public Optional<CodeSetVersion> versionFor(CodeSystem system, LocalDate date) {
        return versionFor(versions, system, date);
    }

    /** The version of the system in effect on the date among these versions. */
    public static Optional<CodeSetVersion> versionFor(Collection<CodeSetVersion> versions, CodeSystem system,
            LocalDate date) {
        return versions.stream().filter(v -> v.system() == system && v.covers(date))
                .max(Comparator.comparing((CodeSetVersion v) -> !v.starter())
                        .thenComparing(CodeSetVersion::effectiveFrom).thenComparing(CodeSetVersion::id));
    }

    /** Whether the code exists in any version. */
    public boolean knows(CodeRef code) {
        return entries.containsKey(code);
    }

    /** The code as the version in effect on the date of service holds it, if it does and its dates allow. */
    public Optional<CodeSetEntry> inEffect(CodeRef code, LocalDate dateOfService) {
        Optional<CodeSetVersion> version = versionFor(code.system(), dateOfService);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        long id = version.get().id();
        return entries.getOrDefault(code, List.of()).stream()
                .filter(e -> e.versionId() == id && e.inEffectOn(dateOfService)).findFirst();
    }
}
