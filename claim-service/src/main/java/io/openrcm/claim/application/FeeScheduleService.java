package io.openrcm.claim.application;

import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.claim.persistence.FeeScheduleRepository;
import io.openrcm.claim.persistence.ProviderRepository;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Use cases on fee schedules: read them, replace one schedule's rows all at once. */
@ApplicationScoped
public class FeeScheduleService {

    private final FeeScheduleRepository fees;
    private final ProviderRepository providers;

    @Inject
    public FeeScheduleService(FeeScheduleRepository fees, ProviderRepository providers) {
        this.fees = fees;
        this.providers = providers;
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
     * Replaces every row of one schedule in one transaction.
     *
     * @param billingProviderNpi the provider, or null for the default schedule
     * @param rows the new rows, each already valid on its own
     * @throws ProblemException 404 for an unknown provider, 400 naming every pair of overlapping rows
     */
    @Transactional
    public List<FeeScheduleRow> replace(String billingProviderNpi, List<FeeScheduleRow> rows) {
        if (billingProviderNpi != null && providers.findByIdOptional(billingProviderNpi).isEmpty()) {
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
        return fees.schedule(billingProviderNpi);
    }
}
