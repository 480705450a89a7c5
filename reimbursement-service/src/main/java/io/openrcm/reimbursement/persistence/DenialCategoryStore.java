package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import io.openrcm.reimbursement.domain.DenialCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The {@code denial_category_rule} table: the denial category of each CARC. */
@ApplicationScoped
public class DenialCategoryStore {

    private final EntityManager em;
    private final ReferenceVersions references;
    private final ReferenceCache<Map<String, DenialCategory>> cached;

    @Inject
    public DenialCategoryStore(EntityManager em, ReferenceVersions references) {
        this.em = em;
        this.references = references;
        this.cached = references.cache(this::read, "denial_category_rule");
    }

    /** The whole table, by CARC: from memory until it changes (every posting classifies with it). */
    public Map<String, DenialCategory> table() {
        return cached.get();
    }

    private Map<String, DenialCategory> read() {
        Map<String, DenialCategory> table = new TreeMap<>();
        // A reference table the posting transaction never writes: no need to flush the posting's pending rows first.
        for (DenialCategoryRuleEntity r : em.createQuery("from DenialCategoryRuleEntity",
                DenialCategoryRuleEntity.class).setFlushMode(FlushModeType.COMMIT).getResultList()) {
            table.put(r.carc, DenialCategory.valueOf(r.category));
        }
        return Collections.unmodifiableMap(table);
    }

    /** Sets the category of a CARC (adds the rule or replaces it). */
    public void put(String carc, DenialCategory category, Instant at) {
        DenialCategoryRuleEntity rule = em.find(DenialCategoryRuleEntity.class, carc);
        if (rule == null) {
            rule = new DenialCategoryRuleEntity();
            rule.carc = carc;
            em.persist(rule);
        }
        rule.category = category.name();
        rule.updatedAt = at;
        references.changed("denial_category_rule");
    }
}
