package io.openrcm.code.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.openrcm.code.api.EncounterRequest.AddressRequest;
import io.openrcm.code.api.EncounterRequest.CoverageRequest;
import io.openrcm.code.api.EncounterRequest.CoverageSubscriberRequest;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.Sex;
import io.openrcm.code.domain.Subscriber;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageValidationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final AddressRequest HOME = new AddressRequest("12 Example St", null, "Chicago", "IL", "60614");
    private final EncounterRequestValidator validator = new EncounterRequestValidator(CLOCK);

    @Test
    void theSinglePayerShapeBecomesAPrimaryWhoseSubscriberIsThePatient() {
        EncounterContent c = validator.validate(EncounterRequests.valid("EHR-1"));

        assertThat(c.coverages()).hasSize(1);
        assertThat(c.coverages().get(0).payerId()).isEqualTo("BCBS-IL");
        assertThat(c.coverages().get(0).memberId()).isEqualTo("XGH123456789");
        assertThat(c.coverages().get(0).subscriber()).isEqualTo(Subscriber.self());
        assertThat(c.singleSelfCoverage()).isTrue();
    }

    @Test
    void coveragesInOrderWithASpouseAsSecondarySubscriber() {
        EncounterContent c = validator.validate(withHome(withCoverages(List.of(
                new CoverageRequest("BCBS-IL", "XGH123456789", new CoverageSubscriberRequest("18", null, null, null,
                        null, HOME)),
                new CoverageRequest("AETNA", "W998877665", new CoverageSubscriberRequest("01", "John", "Example",
                        "1969-02-01", "M", HOME))))));

        assertThat(c.patient().address().line1()).isEqualTo("12 Example St");
        assertThat(c.payerId()).isEqualTo("BCBS-IL");
        assertThat(c.subscriberMemberId()).isEqualTo("XGH123456789");
        assertThat(c.coverages()).extracting(cv -> cv.payerId()).containsExactly("BCBS-IL", "AETNA");
        Subscriber spouse = c.coverages().get(1).subscriber();
        assertThat(spouse.relationship()).isEqualTo("01");
        assertThat(spouse.sex()).isEqualTo(Sex.M);
        assertThat(spouse.address().city()).isEqualTo("Chicago");
        assertThat(c.coverages().get(0).subscriber().address().postalCode()).isEqualTo("60614");
        assertThat(c.fingerprint()).isNotEqualTo(validator.validate(EncounterRequests.valid("EHR-1")).fingerprint());
    }

    @Test
    void aSubscriberOtherThanThePatientNeedsThePatientsAddress() {
        EncounterRequest request = withCoverages(List.of(new CoverageRequest("AETNA", "W1",
                new CoverageSubscriberRequest("01", "John", "Example", "1969-02-01", "M", HOME))));

        List<Violation> violations = catchThrowableOfType(ProblemException.class,
                () -> validator.validate(request)).problem().violations();

        assertThat(violations).extracting(Violation::pointer).containsExactly("/patient/address");
    }

    @Test
    void everyCoverageViolationIsLocated() {
        EncounterRequest request = withCoverages(Arrays.asList(
                new CoverageRequest("AETNA", " ", null),
                new CoverageRequest("AETNA", "M2", new CoverageSubscriberRequest("03", null, null, null, null, null)),
                new CoverageRequest("UHC", "M3", new CoverageSubscriberRequest("19", "Kid", null, "2030-01-01", "X",
                        new AddressRequest("1 Main", null, "Chicago", "Illinois", "6061")))));

        List<Violation> violations = catchThrowableOfType(ProblemException.class,
                () -> validator.validate(request)).problem().violations();

        assertThat(violations).extracting(Violation::pointer).containsExactly(
                "/coverages/0/memberId",
                "/coverages/1/subscriber/relationship",
                "/coverages/1/payerId",
                "/coverages/2/subscriber/address/state",
                "/coverages/2/subscriber/address/postalCode",
                "/coverages/2/subscriber/lastName",
                "/coverages/2/subscriber/birthDate",
                "/coverages/2/subscriber/sex");
    }

    @Test
    void tooManyCoveragesOrAContradictedPayerAreRefused() {
        CoverageRequest one = new CoverageRequest("AETNA", "M1", null);
        List<Violation> tooMany = catchThrowableOfType(ProblemException.class, () -> validator.validate(
                withCoverages(List.of(one, one, one, one)))).problem().violations();
        assertThat(tooMany).extracting(Violation::pointer).containsExactly("/coverages");

        EncounterRequest g = EncounterRequests.valid("EHR-1");
        EncounterRequest contradicting = new EncounterRequest(g.ehrEncounterId(), g.patient(), g.subscriber(),
                "BCBS-IL", g.billingProviderNpi(), g.renderingProviderNpi(), g.dateOfService(), g.placeOfService(),
                g.diagnoses(), g.serviceLines(), List.of(one));
        List<Violation> conflict = catchThrowableOfType(ProblemException.class,
                () -> validator.validate(contradicting)).problem().violations();
        assertThat(conflict).extracting(Violation::pointer).containsExactly("/payerId", "/subscriber/memberId");
    }

    static EncounterRequest withHome(EncounterRequest r) {
        EncounterRequest.PatientRequest p = r.patient();
        return new EncounterRequest(r.ehrEncounterId(), new EncounterRequest.PatientRequest(p.id(), p.firstName(),
                p.lastName(), p.birthDate(), p.sex(), HOME), r.subscriber(), r.payerId(), r.billingProviderNpi(),
                r.renderingProviderNpi(), r.dateOfService(), r.placeOfService(), r.diagnoses(), r.serviceLines(),
                r.coverages());
    }

    static EncounterRequest withCoverages(List<CoverageRequest> coverages) {
        EncounterRequest g = EncounterRequests.valid("EHR-1");
        return new EncounterRequest(g.ehrEncounterId(), g.patient(), null, null, g.billingProviderNpi(),
                g.renderingProviderNpi(), g.dateOfService(), g.placeOfService(), g.diagnoses(), g.serviceLines(),
                coverages);
    }
}
