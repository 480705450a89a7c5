package io.openrcm.claim.application;

import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.claim.persistence.FeeScheduleStore;
import io.openrcm.claim.persistence.ReferenceDataStore;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Use cases on fee schedules: read them, replace one schedule's rows all at once together with the re-scrub of the
 * claims a missing fee stopped, in one transaction.
 */
@ApplicationScoped
public class FeeScheduleService {

    private final FeeScheduleStore fees;
    private final ReferenceDataStore referenceData;
    private final CorrectionService corrections;

    @Inject
    public FeeScheduleService(FeeScheduleStore fees, ReferenceDataStore referenceData,
            CorrectionService corrections) {
        this.fees = fees;
        this.referenceData = referenceData;
        this.corrections = corrections;
    }

    /** The rows of one schedule; a null NPI is the default schedule. */
    @Transactional
    public List<FeeScheduleRow> schedule(String billingProviderNpi) {
        return fees.schedule(billingProviderNpi);
    }

    /** The NPIs with a schedule of their own. */
    @Transactional
    public List<String> providersWithSchedules() {
        return fees.providersWithSchedules();
    }

    /**
     * Replaces every row of one schedule, then reprices and scrubs again the claims waiting with SCRUB_FAILED (of
     * that provider, or all of them for the default schedule); all in one transaction.
     *
     * @param billingProviderNpi the provider, or null for the default schedule
     * @param rows the new rows, each already valid on its own
     * @return the schedule as stored
     * @throws ProblemException 404 for an unknown provider, 400 naming every pair of overlapping rows
     */
    @Transactional
    public List<FeeScheduleRow> replace(String billingProviderNpi, List<FeeScheduleRow> rows) {
        if (billingProviderNpi != null && !referenceData.hasProvider(billingProviderNpi)) {
            throw ProblemException.notFound("Provider", billingProviderNpi);
        }
        List<Violation> overlaps = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (rows.get(i).overlaps(rows.get(j))) {
                    overlaps.add(new Violation("/rows/" + i, "prices " + rows.get(i).code()
                            + (rows.get(i).modifier() == null ? "" : "-" + rows.get(i).modifier())
                            + " on dates row " + j + " already prices"));
                }
            }
        }
        if (!overlaps.isEmpty()) {
            throw ProblemException.invalidRequest(overlaps);
        }
        fees.replace(billingProviderNpi, rows);
        List<FeeScheduleRow> stored = fees.schedule(billingProviderNpi);
        corrections.rescrubWaiting(null, billingProviderNpi);
        return stored;
    }
}
