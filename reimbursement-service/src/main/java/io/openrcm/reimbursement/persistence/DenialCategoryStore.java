package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import io.openrcm.reimbursement.domain.DenialCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** The {@code denial_category_rule} table: the denial category of each CARC. */
@ApplicationScoped
public class DenialCategoryStore {

    private final Sql sql;
    private final ReferenceVersions references;
    private final ReferenceCache<Map<String, DenialCategory>> cached;

    @Inject
    public DenialCategoryStore(DataSource dataSource, ReferenceVersions references) {
        this.sql = new Sql(dataSource);
        this.references = references;
        this.cached = references.cache(this::read, "denial_category_rule");
    }

    /** The whole table, by CARC: from memory until it changes (every posting classifies with it). */
    public Map<String, DenialCategory> table() {
        return cached.get();
    }

    private Map<String, DenialCategory> read() {
        Map<String, DenialCategory> table = new TreeMap<>();
        sql.list("SELECT carc, category FROM denial_category_rule", Sql.NONE,
                rs -> Map.entry(rs.getString(1), DenialCategory.valueOf(rs.getString(2))))
                .forEach(e -> table.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(table);
    }

    /** Sets the category of a CARC (adds the rule or replaces it). */
    public void put(String carc, DenialCategory category, Instant at) {
        sql.update("INSERT INTO denial_category_rule (carc, category, updated_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (carc) DO UPDATE SET category = EXCLUDED.category, updated_at = EXCLUDED.updated_at",
                row -> row.string(carc).string(category.name()).instant(at));
        references.changed("denial_category_rule");
    }
}
