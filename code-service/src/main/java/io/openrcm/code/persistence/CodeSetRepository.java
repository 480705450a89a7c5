package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSetEntry;
import io.openrcm.code.domain.CodeSetLookup;
import io.openrcm.code.domain.CodeSetSnapshot;
import io.openrcm.code.domain.CodeSetVersion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads code set versions and entries: the persistence side of the domain's {@link CodeSetLookup}. The versions and
 * the entries of every code asked for are held in memory until a code set changes (see {@link ReferenceVersions}).
 */
@ApplicationScoped
public class CodeSetRepository implements CodeSetLookup {

    /** The code set tables, as named in reference_version. */
    public static final String[] TABLES = {"code_set_version", "code_entry"};

    private final EntityManager em;
    private final ReferenceCache<List<CodeSetVersion>> versions;
    private final RowsByCode<CodeSetEntry> entries;

    @Inject
    public CodeSetRepository(EntityManager em, ReferenceVersions references) {
        this.em = em;
        this.versions = references.cache(this::readVersions, "code_set_version");
        this.entries = new RowsByCode<>(references.cache(RowsByCode::emptyMap, TABLES), this::readEntries,
                e -> e.code().code());
    }

    /** Every loaded version of every system (a handful of rows). */
    public List<CodeSetVersion> versions() {
        return versions.get();
    }

    @SuppressWarnings("unchecked")
    private List<CodeSetVersion> readVersions() {
        List<Object[]> rows = em.createNativeQuery("SELECT id, system, label, effective_from, effective_to, starter "
                + "FROM code_set_version ORDER BY system, effective_from").getResultList();
        return rows.stream().map(r -> new CodeSetVersion(((Number) r[0]).longValue(), CodeSystem.valueOf((String) r[1]),
                (String) r[2], date(r[3]), date(r[4]), (Boolean) r[5])).toList();
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

    @SuppressWarnings("unchecked")
    private List<CodeSetEntry> readEntries(Set<String> values) {
        List<Object[]> rows = em.createNativeQuery("SELECT v.system, e.code, e.long_title, e.billable, e.version_id, "
                + "e.effective_from, e.effective_to FROM code_entry e JOIN code_set_version v ON v.id = e.version_id "
                + "WHERE e.code IN (:codes)").setParameter("codes", values).getResultList();
        return rows.stream().map(CodeSetRepository::entry).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> billableUnder(CodeRef header, LocalDate dateOfService, int limit) {
        Optional<CodeSetVersion> version = versionFor(header.system(), dateOfService);
        if (version.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("SELECT code FROM code_entry WHERE version_id = :v AND code LIKE :prefix "
                + "AND billable AND code <> :code ORDER BY code LIMIT :limit")
                .setParameter("v", version.get().id()).setParameter("prefix", header.code() + "%")
                .setParameter("code", header.code()).setParameter("limit", limit).getResultList();
    }

    static CodeSetEntry entry(Object[] r) {
        return new CodeSetEntry(new CodeRef(CodeSystem.valueOf((String) r[0]), (String) r[1]), (String) r[2],
                (Boolean) r[3], ((Number) r[4]).longValue(), date(r[5]), date(r[6]));
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
