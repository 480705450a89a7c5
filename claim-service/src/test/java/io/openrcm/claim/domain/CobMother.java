package io.openrcm.claim.domain;

import static io.openrcm.claim.domain.ClaimMother.DATE_OF_SERVICE;
import static io.openrcm.claim.domain.ClaimMother.adjustment;

import io.openrcm.kernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Object Mother of claims with several coverages, and of the remittances their payers send. */
public final class CobMother {

    public static final Address HOME = new Address("12 Example St", null, "Chicago", "IL", "60614");
    public static final Subscriber SPOUSE = new Subscriber("01", "John", "Example", LocalDate.of(1969, 2, 1), "M",
            HOME);
    public static final LocalDate PAID_ON = LocalDate.of(2026, 11, 20);

    private CobMother() {
    }

    /** The golden claim (160.00) with these coverages in order. */
    public static ClaimDetails details(Coverage... coverages) {
        ClaimDetails d = ClaimMother.goldenDetails();
        Patient p = d.patient();
        Patient withHome = new Patient(p.id(), p.firstName(), p.lastName(), p.birthDate(), p.sex(), HOME);
        return new ClaimDetails(d.encounterId(), d.ehrEncounterId(), withHome, coverages[0].memberId(),
                coverages[0].payerId(), d.billingProviderNpi(), d.renderingProviderNpi(), d.placeOfService(),
                d.dateOfService(), d.diagnoses(), d.lines(), d.correlationId(), List.of(coverages));
    }

    /** Commercial primary (patient is the subscriber) and a secondary through the spouse. */
    public static ClaimDetails commercialWithSpouseSecondary() {
        return details(new Coverage("BCBS-IL", "XGH123456789", new Subscriber("18", null, null, null, null, HOME)),
                new Coverage("AETNA", "W998877665", SPOUSE));
    }

    /** A submitted claim with these details. */
    public static Claim submitted(ClaimDetails details) {
        Claim claim = ClaimMother.ready(details, Correction.ORIGINAL);
        claim.submit(UUID.randomUUID(), ClaimMother.CREATED_AT);
        return claim;
    }

    /**
     * The primary's remittance of the golden claim: 99213 paid 75.00 (CO-45 40.00, PR-2 20.00), G0008 paid 25.00,
     * with CLP02 {@code statusCode}.
     */
    public static Payment primaryPays(String statusCode, String payerId) {
        List<Adjustment> line1 = List.of(adjustment("CO", "45", "40.00"), adjustment("PR", "2", "20.00"));
        PaymentPosting posting = new PaymentPosting(UUID.randomUUID(), statusCode, Money.parse("100.00"),
                Money.parse("20.00"), line1, null, "PCN-P");
        RemittanceDetail detail = new RemittanceDetail(payerId, PAID_ON, List.of(), List.of(
                new LineAdjudication(1, "99213", List.of("25"), Money.parse("75.00"), "1", line1),
                new LineAdjudication(2, "G0008", List.of(), Money.parse("25.00"), "1", List.of())));
        return new Payment(posting, detail);
    }

    /** A later payer's remittance: paid, patient responsibility, and its restatement of the payers before. */
    public static Payment laterPays(String statusCode, String payerId, String paid, String patient,
            Adjustment... adjustments) {
        PaymentPosting posting = new PaymentPosting(UUID.randomUUID(), statusCode, Money.parse(paid),
                Money.parse(patient), List.of(adjustments), null, "PCN-" + payerId);
        return new Payment(posting, new RemittanceDetail(payerId, PAID_ON.plusDays(10), List.of(adjustments),
                List.of(new LineAdjudication(1, "99213", List.of("25"), Money.parse(paid), "1", List.of()))));
    }

    /** A posting with its remittance detail. */
    public record Payment(PaymentPosting posting, RemittanceDetail detail) {
    }

    static LocalDate dateOfService() {
        return DATE_OF_SERVICE;
    }
}
