package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The {@code reason_code} table: CARC and RARC lists as loaded; codes are added, never removed. */
@ApplicationScoped
public class ReasonCodeStore {

    /** Key of the transaction-scoped advisory lock that serializes the loaders of the lists across instances. */
    static final long LOAD_LOCK_KEY = 0x52434d5f52434f44L;

    private final Sql sql;
    private final ReferenceVersions references;
    private final ReferenceCache<Map<String, Set<String>>> byType;

    @Inject
    public ReasonCodeStore(DataSource dataSource, ReferenceVersions references) {
        this.sql = new Sql(dataSource);
        this.references = references;
        this.byType = references.cache(this::read, "reason_code");
    }

    /**
     * Adds the codes not known yet; returns how many were new. Every copy of the service loads the shipped lists at
     * start-up, so copies started together on a fresh database load them at the same moment: the lock makes the
     * second wait for the first's commit and then find nothing new (unserialized, their row-by-row inserts waited on
     * each other's uncommitted codes and on the reference_version row the trigger bumps, until one deadlocked or
     * outlived its transaction and failed its start). One statement for the new codes, none when nothing is new,
     * so a restart bumps no reference version.
     */
    public int add(String type, Collection<String> codes, String source, Instant at) {
        if (codes.isEmpty()) {
            return 0;
        }
        sql.one("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?)) AS taken", row -> row.bigint(LOAD_LOCK_KEY),
                rs -> rs.getInt(1));
        Set<String> known = new HashSet<>(sql.list("SELECT code FROM reason_code WHERE code_type = ?",
                row -> row.string(type), rs -> rs.getString(1)));
        List<String> fresh = codes.stream().filter(code -> !known.contains(code)).distinct().sorted().toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        int added = sql.update("INSERT INTO reason_code (code_type, code, source, loaded_at)"
                + " SELECT ?, code, ?, ? FROM unnest(?::varchar[]) AS code ON CONFLICT DO NOTHING",
                row -> row.string(type).string(source).instant(at).strings(fresh));
        if (added > 0) {
            references.changed("reason_code");
        }
        return added;
    }

    /** Those of the codes that are known for the type: from memory until the lists change. */
    public Set<String> known(String type, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> all = byType.get().getOrDefault(type, Set.of());
        Set<String> found = new HashSet<>();
        for (String code : codes) {
            if (all.contains(code)) {
                found.add(code);
            }
        }
        return found;
    }

    private Map<String, Set<String>> read() {
        Map<String, Set<String>> all = new HashMap<>();
        sql.list("SELECT code_type, code FROM reason_code", Sql.NONE, rs -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> all.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return all;
    }

    /** How many codes of each type are loaded. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        sql.list("SELECT code_type, count(*) FROM reason_code GROUP BY code_type", Sql.NONE,
                rs -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
