package io.openrcm.code.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /encounters}: one encounter as an EHR codes it. Dates are ISO strings and units a number
 * so that every malformed value is reported with its pointer, together with all the others.
 */
@Schema(name = "EncounterRequest", description = "An encounter coded by an EHR")
public record EncounterRequest(
        @Schema(description = "The EHR's id of the encounter; the idempotency key", example = "EHR-ENC-000123",
                maxLength = 100) String ehrEncounterId,
        PatientRequest patient,
        SubscriberRequest subscriber,
        @Schema(description = "Payer billed", example = "BCBS-IL", maxLength = 80) String payerId,
        @Schema(description = "Billing provider NPI: 10 digits, Luhn check digit", example = "1234567893")
        String billingProviderNpi,
        @Schema(description = "Rendering provider NPI: 10 digits, Luhn check digit", example = "1245319599")
        String renderingProviderNpi,
        @Schema(description = "ISO date, not in the future", example = "2026-11-02") String dateOfService,
        @Schema(description = "CMS place of service code, 2 digits", example = "11") String placeOfService,
        @Schema(description = "1 to 12 diagnoses in order: each an ICD-10-CM code (E11.9 or E119), or an object with "
                + "the clinician's text to code", example = "[\"E11.9\", {\"text\": \"HTN\"}]")
        List<DiagnosisInput> diagnoses,
        @Schema(description = "1 to 50 service lines") List<ServiceLineRequest> serviceLines,
        @Schema(description = "1 to 3 coverages in order of payment (primary, secondary, tertiary); instead of "
                + "payerId and subscriber, which stand for a primary whose subscriber is the patient")
        List<CoverageRequest> coverages) {

    /** A request with one payer whose subscriber is the patient (the shape before coverages). */
    public EncounterRequest(String ehrEncounterId, PatientRequest patient, SubscriberRequest subscriber,
            String payerId, String billingProviderNpi, String renderingProviderNpi, String dateOfService,
            String placeOfService, List<DiagnosisInput> diagnoses, List<ServiceLineRequest> serviceLines) {
        this(ehrEncounterId, patient, subscriber, payerId, billingProviderNpi, renderingProviderNpi, dateOfService,
                placeOfService, diagnoses, serviceLines, null);
    }

    /** One coverage: the payer, the member id, and who the subscriber is. */
    @Schema(name = "CoverageRequest")
    public record CoverageRequest(
            @Schema(description = "Payer of this coverage", example = "AETNA", maxLength = 80) String payerId,
            @Schema(description = "Member id on the payer's card", maxLength = 80) String memberId,
            @Schema(description = "The subscriber; absent means the patient") CoverageSubscriberRequest subscriber) {
    }

    /** The subscriber of a coverage; name, birth date and sex are required unless the relationship is 18 (self). */
    @Schema(name = "CoverageSubscriberRequest")
    public record CoverageSubscriberRequest(
            @Schema(description = "X12 individual relationship code of the patient to the subscriber: 18 self, "
                    + "01 spouse, 19 child, G8 other", enumeration = {"18", "01", "19", "G8"}) String relationship,
            @Schema(maxLength = 35) String firstName,
            @Schema(maxLength = 60) String lastName,
            @Schema(description = "ISO date, not in the future", example = "1969-02-01") String birthDate,
            @Schema(enumeration = {"F", "M", "U"}) String sex,
            AddressRequest address) {
    }

    /** A US postal address. */
    @Schema(name = "AddressRequest")
    public record AddressRequest(
            @Schema(maxLength = 55) String line1,
            @Schema(maxLength = 55) String line2,
            @Schema(maxLength = 30) String city,
            @Schema(description = "Two-letter state code", example = "IL") String state,
            @Schema(description = "ZIP code, 5 or 9 digits", example = "60601") String postalCode) {
    }

    /** The patient; patient data is stored and forwarded, never logged. */
    @Schema(name = "PatientRequest")
    public record PatientRequest(
            @Schema(description = "EHR patient id (MRN)", maxLength = 80) String id,
            @Schema(maxLength = 35) String firstName,
            @Schema(maxLength = 60) String lastName,
            @Schema(description = "ISO date, not in the future", example = "1971-04-12") String birthDate,
            @Schema(enumeration = {"F", "M", "U"}) String sex,
            @Schema(description = "Home address; required when a coverage's subscriber is not the patient")
            AddressRequest address) {

        /** A patient sent without an address. */
        public PatientRequest(String id, String firstName, String lastName, String birthDate, String sex) {
            this(id, firstName, lastName, birthDate, sex, null);
        }
    }

    /** The insurance subscriber. */
    @Schema(name = "SubscriberRequest")
    public record SubscriberRequest(@Schema(maxLength = 80) String memberId) {
    }

    /** One service line; {@code text} instead of {@code code} asks the service to code it. */
    @Schema(name = "ServiceLineRequest")
    public record ServiceLineRequest(
            @Schema(description = "CPT (5 characters) or HCPCS Level II (letter + 4 digits)", example = "99213")
            String code,
            @Schema(description = "0 to 4 modifiers of 2 letters or digits", example = "[\"25\"]")
            List<String> modifiers,
            @Schema(description = "Whole number from 1 to 999", example = "1") BigDecimal units,
            @Schema(description = "1 to 4 distinct 1-based positions in diagnoses", example = "[1, 2]")
            List<Integer> diagnosisPointers,
            @Schema(description = "The service in words, when it is not coded", maxLength = 500) String text) {

        /** A coded line. */
        public ServiceLineRequest(String code, List<String> modifiers, BigDecimal units,
                List<Integer> diagnosisPointers) {
            this(code, modifiers, units, diagnosisPointers, null);
        }
    }

    /** A diagnosis: written in JSON as a code string, or as an object with a code or a text. */
    @Schema(name = "DiagnosisInput")
    public record DiagnosisInput(String code, @Schema(maxLength = 500) String text) {

        /** A diagnosis given as a bare code string. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static DiagnosisInput ofCode(String code) {
            return new DiagnosisInput(code, null);
        }

        /** A diagnosis given as an object. */
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public static DiagnosisInput of(@JsonProperty("code") String code,
                @JsonProperty("text") String text) {
            return new DiagnosisInput(code, text);
        }

        /** Diagnoses given as codes. */
        public static List<DiagnosisInput> codes(String... codes) {
            return Arrays.stream(codes).map(DiagnosisInput::ofCode).toList();
        }

        /** Diagnoses given as codes. */
        public static List<DiagnosisInput> codes(List<String> codes) {
            return codes.stream().map(c -> c == null ? null : ofCode(c)).toList();
        }
    }
}
