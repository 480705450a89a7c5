package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetEntry;
import io.openrcm.code.domain.CodeSetLookup;
import io.openrcm.code.domain.CodeSetSnapshot;
import io.openrcm.code.domain.CodeSetVersion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads code set versions and entries: the persistence side of the domain's {@link CodeSetLookup}. The versions and
 * the entries of every code asked for are held in memory until a code set changes (see {@link ReferenceVersions}).
 */
@ApplicationScoped
public class CodeSetRepository implements CodeSetLookup {

    /** The code set tables, as named in reference_version. */
    public static final String[] TABLES = {"code_set_version", "code_entry"};

    private final Sql sql;
    private final ReferenceCache<List<CodeSetVersion>> versions;
    private final RowsByCode<CodeSetEntry> entries;

    @Inject
    public CodeSetRepository(DataSource dataSource, ReferenceVersions references) {
        this.sql = new Sql(dataSource);
        this.versions = references.cache(this::readVersions, "code_set_version");
        this.entries = new RowsByCode<>(references.cache(RowsByCode::emptyMap, TABLES), this::readEntries,
                e -> e.code().code());
    }

    /** Every loaded version of every system (a handful of rows). */
    public List<CodeSetVersion> versions() {
        return versions.get();
    }

    private List<CodeSetVersion> readVersions() {
        return sql.list("SELECT id, system, label, effective_from, effective_to, starter FROM code_set_version"
                + " ORDER BY system, effective_from", Sql.NONE, rs -> new CodeSetVersion(rs.getLong(1),
                        CodeSystem.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getBoolean(6)));
    }

    /** The version of the system in effect on the date. */
    public Optional<CodeSetVersion> versionFor(CodeSystem system, LocalDate date) {
        return CodeSetSnapshot.versionFor(versions(), system, date);
    }

    @Override
    public CodeSetSnapshot versionsOf(Set<CodeRef> codes) {
        List<CodeSetVersion> versions = versions();
        if (codes.isEmpty()) {
            return CodeSetSnapshot.of(versions, List.of());
        }
        Set<String> values = codes.stream().map(CodeRef::code).collect(Collectors.toSet());
        List<CodeSetEntry> found = entries.of(values).stream().filter(e -> codes.contains(e.code())).toList();
        return CodeSetSnapshot.of(versions, found);
    }

    private List<CodeSetEntry> readEntries(Set<String> values) {
        return sql.list("SELECT v.system, e.code, e.long_title, e.billable, e.version_id, e.effective_from,"
                + " e.effective_to FROM code_entry e JOIN code_set_version v ON v.id = e.version_id"
                + " WHERE e.code = ANY (?)", row -> row.strings(values), rs -> new CodeSetEntry(
                        new CodeRef(CodeSystem.valueOf(rs.getString(1)), rs.getString(2)), rs.getString(3),
                        rs.getBoolean(4), rs.getLong(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class)));
    }

    @Override
    public List<String> billableUnder(CodeRef header, LocalDate dateOfService, int limit) {
        Optional<CodeSetVersion> version = versionFor(header.system(), dateOfService);
        if (version.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT code FROM code_entry WHERE version_id = ? AND code LIKE ? AND billable AND code <> ?"
                + " ORDER BY code LIMIT ?", row -> row.bigint(version.get().id()).string(header.code() + "%")
                        .string(header.code()).integer(limit), rs -> rs.getString(1));
    }
}
