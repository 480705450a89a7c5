package io.openrcm.code.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.support.EncounterRequests;
import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncounterRequestValidatorTest {

    /** 2026-11-28 10:00 UTC: already 2026-11-29 in UTC+14, the latest "today" anywhere. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private final EncounterRequestValidator validator = new EncounterRequestValidator(CLOCK);

    @Test
    void normalizesAValidRequest() {
        EncounterContent c = validator.validate(EncounterRequests.valid("EHR-1"));
        assertThat(c.diagnoses()).extracting(d -> d.code()).containsExactly("E119", "I10");
        assertThat(c.diagnoses()).extracting(d -> d.sequence()).containsExactly(1, 2);
        assertThat(c.serviceLines()).extracting(l -> l.code())
                .containsExactly(new CodeRef(CodeSystem.CPT, "99213"), new CodeRef(CodeSystem.HCPCS, "G0008"));
        assertThat(c.serviceLines().get(0).modifiers()).containsExactly("25");
        assertThat(c.serviceLines().get(0).diagnosisPointers()).containsExactly(1, 2);
        assertThat(c.dateOfService()).isEqualTo(LocalDate.parse(EncounterRequests.DATE_OF_SERVICE));
    }

    @Test
    void collectsEveryViolationWithItsExactPointer() {
        EncounterRequest golden = EncounterRequests.valid("EHR-1");
        EncounterRequest request = new EncounterRequest(" ",
                new EncounterRequest.PatientRequest("MRN-1", null, "Example", "1971-02-30", "X"),
                null, "BCBS-IL", "1234567890", "12345", "2027-01-01", "1",
                EncounterRequest.DiagnosisInput.codes("E11.9", "I10", "e119", "E11."),
                List.of(golden.serviceLines().get(0),
                        new EncounterRequest.ServiceLineRequest("9921", List.of("25", "2", "LT", "59", "76"),
                                new BigDecimal("1.5"), Arrays.asList(1, 5, 1, null, 2))));

        List<Violation> violations = catchThrowableOfType(ProblemException.class,
                () -> validator.validate(request)).problem().violations();

        assertThat(violations).extracting(Violation::pointer).containsExactly(
                "/ehrEncounterId",
                "/patient/firstName",
                "/patient/birthDate",
                "/patient/sex",
                "/subscriber",
                "/billingProviderNpi",
                "/renderingProviderNpi",
                "/dateOfService",
                "/placeOfService",
                "/diagnoses/2",
                "/diagnoses/3",
                "/serviceLines/1/code",
                "/serviceLines/1/modifiers",
                "/serviceLines/1/modifiers/1",
                "/serviceLines/1/units",
                "/serviceLines/1/diagnosisPointers",
                "/serviceLines/1/diagnosisPointers/1",
                "/serviceLines/1/diagnosisPointers/2",
                "/serviceLines/1/diagnosisPointers/3");
        assertThat(violations.get(5).message()).contains("check digit");
        assertThat(violations.get(6).message()).contains("10 digits");
        assertThat(violations.get(7).message()).contains("future");
        assertThat(violations.get(9).message()).contains("duplicates /diagnoses/0");
        assertThat(violations.get(15).message()).contains("1 to 4 diagnosis pointers");
        assertThat(violations.get(17).message()).contains("repeats diagnosis pointer 1");
    }

    @Test
    void theStatusIs400InvalidRequest() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> validator.validate(null));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().type()).endsWith("/invalid-request");
        assertThat(e.problem().violations()).extracting(Violation::pointer).containsExactly("");
    }

    @Test
    void todayAnywhereOnEarthIsNotTheFuture() {
        EncounterRequest r = withDateOfService("2026-11-29");
        assertThat(validator.validate(r).dateOfService()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(pointers(withDateOfService("2026-11-30"))).containsExactly("/dateOfService");
    }

    @Test
    void serviceBeforeBirthIsRefused() {
        assertThat(pointers(withDateOfService("1970-01-01"))).containsExactly("/dateOfService");
    }

    @Test
    void countsOfDiagnosesAndLinesAreBounded() {
        EncounterRequest golden = EncounterRequests.valid("EHR-1");
        List<String> thirteen = List.of("E119", "I10", "J069", "M5450", "Z0000", "E785", "R0789", "J45909", "K219",
                "F329", "N390", "R519", "Z23");
        EncounterRequest tooMany = new EncounterRequest(golden.ehrEncounterId(), golden.patient(),
                golden.subscriber(), golden.payerId(), golden.billingProviderNpi(), golden.renderingProviderNpi(),
                golden.dateOfService(), golden.placeOfService(), EncounterRequest.DiagnosisInput.codes(thirteen), List.of());
        assertThat(pointers(tooMany)).containsExactly("/diagnoses", "/serviceLines");
    }

    @Test
    void pointersMustReferToADiagnosis() {
        EncounterRequest golden = EncounterRequests.valid("EHR-1");
        EncounterRequest r = new EncounterRequest(golden.ehrEncounterId(), golden.patient(), golden.subscriber(),
                golden.payerId(), golden.billingProviderNpi(), golden.renderingProviderNpi(), golden.dateOfService(),
                golden.placeOfService(), golden.diagnoses(), List.of(golden.serviceLines().get(0),
                        new EncounterRequest.ServiceLineRequest("G0008", null, new BigDecimal("1000"),
                                List.of(0, 3))));
        assertThat(pointers(r)).containsExactly("/serviceLines/1/units", "/serviceLines/1/diagnosisPointers/0",
                "/serviceLines/1/diagnosisPointers/1");
    }

    private List<String> pointers(EncounterRequest request) {
        return catchThrowableOfType(ProblemException.class, () -> validator.validate(request)).problem().violations()
                .stream().map(Violation::pointer).toList();
    }

    private static EncounterRequest withDateOfService(String date) {
        EncounterRequest g = EncounterRequests.valid("EHR-1");
        return new EncounterRequest(g.ehrEncounterId(), g.patient(), g.subscriber(), g.payerId(),
                g.billingProviderNpi(), g.renderingProviderNpi(), date, g.placeOfService(), g.diagnoses(),
                g.serviceLines());
    }

    @Test
    void identifiersCarryingX12DelimitersAreRefusedWithTheFieldNamed() {
        EncounterRequest request = new EncounterRequest("EHR*1",
                new EncounterRequest.PatientRequest("MRN~1", "Ja:ne", "Exa^mple", "1971-04-12", "F"),
                new EncounterRequest.SubscriberRequest("XGH1*~"), "BCBS*IL", "1234567893", "1245319599",
                EncounterRequests.DATE_OF_SERVICE, "11", EncounterRequest.DiagnosisInput.codes("E11.9"),
                EncounterRequests.valid("EHR-1").serviceLines().subList(1, 2));

        List<Violation> violations = catchThrowableOfType(ProblemException.class,
                () -> validator.validate(request)).problem().violations();

        assertThat(violations).extracting(Violation::pointer).containsExactly("/ehrEncounterId", "/patient/id",
                "/patient/firstName", "/patient/lastName", "/subscriber/memberId", "/payerId");
        assertThat(violations.get(4).message()).contains("'*'", "X12");
    }

    @Test
    void unitsAreBoundedBeforeAnyArithmetic() {
        EncounterRequest golden = EncounterRequests.valid("EHR-1");
        for (String units : List.of("1E600000000", "1E-600000000", "-1E600000000", "1000")) {
            EncounterRequest request = new EncounterRequest("EHR-1", golden.patient(), golden.subscriber(),
                    golden.payerId(), golden.billingProviderNpi(), golden.renderingProviderNpi(),
                    golden.dateOfService(), golden.placeOfService(), golden.diagnoses(),
                    List.of(new EncounterRequest.ServiceLineRequest("99213", List.of(), new BigDecimal(units),
                            List.of(1))));
            assertThat(catchThrowableOfType(ProblemException.class, () -> validator.validate(request)).problem()
                    .violations()).as(units).extracting(Violation::pointer).containsExactly("/serviceLines/0/units");
        }
    }

    @Test
    void readsDatesExactlyAsTheIsoFormatterDoes() {
        // The digit-by-digit path must accept and refuse the very texts LocalDate.parse does.
        for (String text : List.of("2025-06-02", "2024-02-29", "2023-02-29", "2025-13-01", "2025-00-10",
                "2025-04-31", "2025-04-00", "0000-01-01", "9999-12-31", "+12025-01-01", "2025-1-01", "2025/01/01",
                "2025-01-0a", "-001-01-01", "2025-01-01 ", "\u0662\u0660\u0662\u0665-01-01", "")) {
            LocalDate expected = null;
            try {
                expected = LocalDate.parse(text);
            } catch (DateTimeException e) {
                assertThat(catchThrowableOfType(DateTimeException.class,
                        () -> EncounterRequestValidator.isoDate(text))).as(text).isNotNull();
                continue;
            }
            assertThat(EncounterRequestValidator.isoDate(text)).as(text).isEqualTo(expected);
        }
    }
}
