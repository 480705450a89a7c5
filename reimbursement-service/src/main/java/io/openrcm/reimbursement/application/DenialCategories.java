package io.openrcm.reimbursement.application;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.DenialCategory;
import io.openrcm.reimbursement.domain.DenialClassifier;
import io.openrcm.reimbursement.persistence.DenialCategoryRuleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The CARC-to-denial-category table (data, editable through the API) and the classifier built on it. */
@ApplicationScoped
public class DenialCategories {

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** A classifier over the table as it is now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DenialClassifier classifier() {
        return new DenialClassifier(table());
    }

    /** The whole table, by CARC. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, DenialCategory> table() {
        Map<String, DenialCategory> table = new TreeMap<>();
        // A reference table the posting transaction never writes: no need to flush the posting's pending rows first.
        for (DenialCategoryRuleEntity r : em.createQuery("from DenialCategoryRuleEntity",
                DenialCategoryRuleEntity.class).setFlushMode(FlushModeType.COMMIT).getResultList()) {
            table.put(r.carc, DenialCategory.valueOf(r.category));
        }
        return table;
    }

    /** Sets the category of a CARC (adds the rule or replaces it). */
    @Transactional
    public void put(String carc, String category) {
        if (!Adjustment.isReasonCode(carc)) {
            throw ProblemException.invalidRequest(List.of(new Violation("/carc", "must be 1-5 letters or digits")));
        }
        DenialCategory c = DenialCategory.fromName(category).orElseThrow(() -> ProblemException.invalidRequest(
                List.of(new Violation("/category", "must be one of " + List.of(DenialCategory.values())))));
        DenialCategoryRuleEntity rule = em.find(DenialCategoryRuleEntity.class, carc.toUpperCase());
        if (rule == null) {
            rule = new DenialCategoryRuleEntity();
            rule.carc = carc.toUpperCase();
            em.persist(rule);
        }
        rule.category = c.name();
        rule.updatedAt = Instant.now(clock);
    }
}
