package io.openrcm.reimbursement.application;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import io.openrcm.reimbursement.domain.Adjustment;
import io.openrcm.reimbursement.domain.DenialCategory;
import io.openrcm.reimbursement.domain.DenialClassifier;
import io.openrcm.reimbursement.persistence.DenialCategoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The CARC-to-denial-category table (data, editable through the API) and the classifier built on it. */
@ApplicationScoped
public class DenialCategories {

    private final DenialCategoryStore store;
    private final Clock clock;

    @Inject
    public DenialCategories(DenialCategoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A classifier over the table as it is now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DenialClassifier classifier() {
        return new DenialClassifier(table());
    }

    /** The whole table, by CARC. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, DenialCategory> table() {
        return store.table();
    }

    /**
     * Use case: sets the category of a CARC (adds the rule or replaces it), in one transaction.
     *
     * @return the rule as stored (the CARC upper-cased)
     * @throws ProblemException 400 naming the field when the CARC or the category is not one we take
     */
    @Transactional
    public Map.Entry<String, DenialCategory> put(String carc, String category) {
        if (!Adjustment.isReasonCode(carc)) {
            throw ProblemException.invalidRequest(List.of(new Violation("/carc", "must be 1-5 letters or digits")));
        }
        DenialCategory c = DenialCategory.fromName(category).orElseThrow(() -> ProblemException.invalidRequest(
                List.of(new Violation("/category", "must be one of " + List.of(DenialCategory.values())))));
        String code = carc.toUpperCase(Locale.ROOT);
        store.put(code, c, Instant.now(clock));
        return Map.entry(code, c);
    }
}
