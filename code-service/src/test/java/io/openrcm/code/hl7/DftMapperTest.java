package io.openrcm.code.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.v251.message.DFT_P03;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import io.openrcm.code.api.EncounterRequest;
import io.openrcm.code.support.Hl7Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DFT^P03 to the encounter request: charges, reversals, diagnosis pointers, coverages, and where errors are. */
class DftMapperTest {

    private static final Map<String, String> PAYERS = Map.of("BCBSIL", "BCBS-IL");

    private static DftMapper.Mapped map(Hl7Messages m) throws Exception {
        try (HapiContext hapi = new DefaultHapiContext()) {
            hapi.setModelClassFactory(new CanonicalModelClassFactory("2.5.1"));
            hapi.setValidationContext(ValidationContextFactory.noValidation());
            return DftMapper.map((DFT_P03) hapi.getPipeParser().parse(m.er7()), "1234567893", PAYERS);
        }
    }

    @Test
    void mapsTheVisitWithItsChargesDiagnosesAndCoverages() throws Exception {
        EncounterRequest r = map(Hl7Messages.visit("C1", "V-1")).request();
        assertThat(r.ehrEncounterId()).isEqualTo("V-1");
        assertThat(r.patient()).extracting("id", "firstName", "lastName", "birthDate", "sex")
                .containsExactly("MRN-HL7-884201", "Jane", "Example", "1971-04-12", "F");
        assertThat(r.patient().address().city()).isEqualTo("Chicago");
        assertThat(r.billingProviderNpi()).isEqualTo("1234567893");
        assertThat(r.renderingProviderNpi()).isEqualTo("1245319599");
        assertThat(r.dateOfService()).isEqualTo("2025-06-02");
        assertThat(r.placeOfService()).isEqualTo("11");
        assertThat(r.diagnoses()).extracting(EncounterRequest.DiagnosisInput::code).containsExactly("E11.9", "I10");
        assertThat(r.serviceLines()).extracting(EncounterRequest.ServiceLineRequest::code)
                .containsExactly("99213", "36415", "85025");
        assertThat(r.serviceLines().get(0).modifiers()).containsExactly("25");
        assertThat(r.serviceLines().get(0).diagnosisPointers()).containsExactly(1, 2);
        // Two units charged, one credited: one billed.
        assertThat(r.serviceLines().get(2).units()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(r.coverages()).extracting(EncounterRequest.CoverageRequest::payerId)
                .containsExactly("BCBS-IL", "AETNA");
        assertThat(r.coverages().get(0).memberId()).isEqualTo("XGH123456789");
        assertThat(r.coverages().get(0).subscriber()).isNull();
        assertThat(r.coverages().get(1).subscriber()).extracting("relationship", "firstName", "lastName",
                "birthDate", "sex").containsExactly("01", "John", "Example", "1969-02-01", "M");
    }

    @Test
    void aCreditOfTheWholeChargeRemovesTheLine() throws Exception {
        EncounterRequest r = map(Hl7Messages.visit("C2", "V-2")
                .replace("FT1", 3, Hl7Messages.ft1(4, "CG", "85025", "-2", "E11.9", ""))).request();
        assertThat(r.serviceLines()).extracting(EncounterRequest.ServiceLineRequest::code)
                .containsExactly("99213", "36415");
    }

    @Test
    void everyChargeReversedStoresNothingAndSaysSo() throws Exception {
        Hl7Messages m = Hl7Messages.visit("C3", "V-3").without("FT1");
        m.insertBefore("DG1", Hl7Messages.ft1(1, "CG", "99213", "1", "E11.9", ""));
        m.insertBefore("DG1", Hl7Messages.ft1(2, "CR", "99213", "1", "E11.9", ""));
        DftMapper.Mapped mapped = map(m);
        assertThat(mapped.request()).isNull();
        assertThat(mapped.warnings()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo("W");
            assertThat(w.text()).contains("every charge");
        });
    }

    @Test
    void aCreditWithoutItsChargeIsAnErrorAtFt1Dash6() throws Exception {
        Hl7Messages m = Hl7Messages.visit("C4", "V-4")
                .replace("FT1", 3, Hl7Messages.ft1(4, "CR", "93000", "1", "E11.9", ""));
        Hl7Rejection r = catchThrowableOfType(Hl7Rejection.class, () -> map(m));
        assertThat(r.ackCode()).isEqualTo("AE");
        assertThat(r.errors()).extracting(Hl7Error::location).containsExactly("FT1(4)-6");
        assertThat(r.errors().get(0).text()).contains("93000").contains("coder");
    }

    @Test
    void namesTheFieldOfEachErrorInTheCharges() throws Exception {
        Hl7Messages m = Hl7Messages.visit("C5", "V-5")
                .replace("FT1", 0, Hl7Messages.ft1(1, "PY", "99213", "1", "E11.9", ""))
                .replace("FT1", 1, Hl7Messages.ft1(2, "CG", "36415", "x", "E11.9", ""))
                .replace("FT1", 2, Hl7Messages.ft1(3, "CG", "85025", "2", "Z99.89", ""));
        Hl7Rejection r = catchThrowableOfType(Hl7Rejection.class, () -> map(m));
        assertThat(r.errors()).extracting(Hl7Error::location, Hl7Error::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FT1-6", Hl7Error.TABLE_VALUE_NOT_FOUND),
                org.assertj.core.groups.Tuple.tuple("FT1(2)-10", Hl7Error.DATA_TYPE),
                org.assertj.core.groups.Tuple.tuple("FT1(3)-19", Hl7Error.TABLE_VALUE_NOT_FOUND));
    }

    @Test
    void aChargeOfAnotherDayIsRefused() throws Exception {
        Hl7Messages m = Hl7Messages.visit("C6", "V-6").replace("FT1", 1, Hl7Messages.seg("FT1", 1, 2, 4, "20250603",
                6, "CG", 7, "36415", 10, "1"));
        Hl7Rejection r = catchThrowableOfType(Hl7Rejection.class, () -> map(m));
        assertThat(r.errors()).extracting(Hl7Error::location).containsExactly("FT1(2)-4");
    }

    @Test
    void validatorPointersComeBackAsHl7Fields() throws Exception {
        Hl7Places places = map(Hl7Messages.visit("C7", "V-7")).places();
        assertThat(places.locate(new io.openrcm.platform.problem.Violation("/serviceLines/1/code", "must be a CPT"))
                .location()).isEqualTo("FT1(2)-7");
        assertThat(places.locate(new io.openrcm.platform.problem.Violation("/coverages/1/subscriber/birthDate",
                "is required")).location()).isEqualTo("IN1(2)-18");
        assertThat(places.locate(new io.openrcm.platform.problem.Violation("/patient/birthDate",
                "must be an ISO date (YYYY-MM-DD)"))).extracting(Hl7Error::location, Hl7Error::text)
                .containsExactly("PID-7", "/patient/birthDate must be a valid HL7 date (YYYYMMDD)");
        assertThat(places.locate(new io.openrcm.platform.problem.Violation("/diagnoses/1", "x")).location())
                .isEqualTo("DG1(2)-3");
    }

    @Test
    void reversalsNetAgainstTheLatestMatchingCharge() {
        Ft1Charge a = new Ft1Charge(1, false, "2025-06-02", "85025", List.of(), new BigDecimal(2), List.of(), null);
        Ft1Charge b = new Ft1Charge(2, false, "2025-06-02", "85025", List.of("91"), BigDecimal.ONE, List.of(), null);
        Ft1Charge credit = new Ft1Charge(3, true, "2025-06-02", "85025", List.of(), new BigDecimal(3), List.of(),
                null);
        List<Hl7Error> errors = new java.util.ArrayList<>();
        Reversals.Netted netted = Reversals.net(List.of(a, b, credit), errors);
        // Modifier 91 is another charge: the credit of 3 finds only 2 units of the unmodified one.
        assertThat(netted.lines()).extracting(Ft1Charge::sequence).containsExactly(2);
        assertThat(errors).extracting(Hl7Error::location).containsExactly("FT1(3)-6");
        assertThat(errors.get(0).text()).contains("1 more units");
    }
}
