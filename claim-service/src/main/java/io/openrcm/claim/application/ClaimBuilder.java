package io.openrcm.claim.application;

import io.openrcm.claim.domain.ClaimDetails;
import io.openrcm.claim.domain.ClaimLine;
import io.openrcm.claim.domain.ClaimRuleException;
import io.openrcm.claim.domain.FeeSchedule;
import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.kernel.Money;
import io.openrcm.kernel.Npi;
import io.openrcm.claim.persistence.FeeScheduleStore;
import io.openrcm.claim.persistence.ReferenceDataStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a coded encounter against the reference data (known payer, known billing provider) and prices its lines
 * into the claim details. Collects every problem before refusing, so one dead-letter reason names all of them;
 * problems name fields and codes, never patient data. The encounter's fields were checked when it was read.
 */
@ApplicationScoped
public class ClaimBuilder {

    private final ReferenceDataStore referenceData;
    private final FeeScheduleStore fees;

    @Inject
    public ClaimBuilder(ReferenceDataStore referenceData, FeeScheduleStore fees) {
        this.referenceData = referenceData;
        this.fees = fees;
    }

    /**
     * The priced claim details.
     *
     * @throws ClaimRuleException naming every problem found
     */
    public ClaimDetails build(CodedEncounter e, String correlationId) {
        List<String> problems = new ArrayList<>();
        if (!referenceData.hasPayer(e.payerId())) {
            problems.add("unknown payer " + e.payerId());
        }
        for (int i = 1; i < e.coverages().size(); i++) {
            String payer = e.coverages().get(i).payerId();
            if (!referenceData.hasPayer(payer)) {
                problems.add("unknown payer " + payer + " of coverages[" + i + "]");
            }
        }
        String billingNpi = e.billingProviderNpi();
        if (!Npi.isValid(billingNpi)) {
            problems.add("billingProviderNpi is not a valid NPI");
        } else if (!referenceData.hasProvider(billingNpi)) {
            problems.add("unknown billing provider " + billingNpi);
        }
        if (correlationId != null && correlationId.length() > 100) {
            problems.add("the correlation id is longer than 100 characters");
        }
        if (!problems.isEmpty()) {
            throw new ClaimRuleException("encounter " + e.encounterId() + " cannot be billed: "
                    + String.join("; ", problems));
        }
        List<ClaimLine> lines = new ArrayList<>();
        for (CodedEncounter.Line line : e.lines()) {
            lines.add(new ClaimLine(line.lineNumber(), line.code(), line.codeSystem(), line.modifiers(),
                    line.units(), line.diagnosisPointers(),
                    unitFee(fees, billingNpi, line.code(), line.modifiers(), e.dateOfService()), e.dateOfService()));
        }
        lines.sort(Comparator.comparingInt(ClaimLine::lineNumber));
        return new ClaimDetails(e.encounterId(), e.ehrEncounterId(), e.patient(), e.memberId(), e.payerId(),
                billingNpi, e.renderingProviderNpi(), e.placeOfService(), e.dateOfService(), e.diagnoses(), lines,
                correlationId, e.coverages());
    }

    /**
     * The fee in effect on the date of service; zero when no schedule prices the code, which the scrubber reports
     * (SCR-CHG-001) so the claim waits in the work queue until the fee schedule is completed and it is scrubbed again.
     */
    static Money unitFee(FeeScheduleStore fees, String billingNpi, String code, List<String> modifiers,
            LocalDate date) {
        String firstModifier = modifiers.isEmpty() ? null : modifiers.get(0);
        return new FeeSchedule(fees.candidates(billingNpi, code, date)).select(billingNpi, code, firstModifier, date)
                .map(FeeScheduleRow::charge).orElse(Money.ZERO);
    }
}
