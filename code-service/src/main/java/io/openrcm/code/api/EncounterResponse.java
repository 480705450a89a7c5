package io.openrcm.code.api;

import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An encounter as the API shows it: what the EHR sent, normalized, plus what the service assigned. */
@Schema(name = "Encounter")
public record EncounterResponse(
        @Schema(description = "Id assigned by the service") UUID encounterId,
        String ehrEncounterId,
        @Schema(enumeration = {"CODED", "NEEDS_REVIEW", "IN_REVIEW"}) String status,
        @Schema(description = "Follows the encounter through every service") String correlationId,
        Patient patient,
        Subscriber subscriber,
        String payerId,
        String billingProviderNpi,
        String renderingProviderNpi,
        LocalDate dateOfService,
        String placeOfService,
        @Schema(description = "ICD-10-CM codes without the dot, in order") List<Diagnosis> diagnoses,
        List<ServiceLine> serviceLines,
        Instant createdAt,
        @Schema(description = "Findings of the last run of the coding edits") List<Finding> findings,
        @Schema(description = "Why it waits for a coder: EDIT_ERRORS or UNCODED_TEXT") String reviewReason,
        String claimedBy,
        Instant codedAt) {

    /** The view of a domain encounter. */
    public static EncounterResponse of(Encounter e) {
        EncounterContent c = e.content();
        return new EncounterResponse(e.id(), c.ehrEncounterId(), e.status().name(), e.correlationId(),
                new Patient(c.patient().id(), c.patient().firstName(), c.patient().lastName(),
                        c.patient().birthDate(), c.patient().sex().name()),
                new Subscriber(c.subscriberMemberId()), c.payerId(), c.billingProviderNpi(),
                c.renderingProviderNpi(), c.dateOfService(), c.placeOfService(),
                c.diagnoses().stream().map(d -> new Diagnosis(d.sequence(), d.code(), d.text(),
                        d.codedBy() == null ? null : d.codedBy().name())).toList(),
                c.serviceLines().stream().map(l -> new ServiceLine(l.lineNumber(),
                        l.code() == null ? null : l.code().code(), l.code() == null ? null : l.code().system().name(),
                        l.text(), l.modifiers(), l.units(), l.diagnosisPointers(),
                        l.codedBy() == null ? null : l.codedBy().name())).toList(),
                e.receivedAt(), e.findings().stream().map(f -> new Finding(f.editId(), f.severity().name(),
                        f.message(), f.diagnosisSequence(), f.lineNumber())).toList(), e.reviewReason(),
                e.claimedBy(), e.codedAt());
    }

    /** The patient. */
    @Schema(name = "EncounterPatient")
    public record Patient(String id, String firstName, String lastName, LocalDate birthDate, String sex) {
    }

    /** The insurance subscriber. */
    @Schema(name = "EncounterSubscriber")
    public record Subscriber(String memberId) {
    }

    /** A diagnosis. */
    @Schema(name = "EncounterDiagnosis")
    public record Diagnosis(int sequence, String code, String text, String codedBy) {
    }

    /** A finding of the coding edits. */
    @Schema(name = "EditFinding")
    public record Finding(String editId, @Schema(enumeration = {"ERROR", "WARNING"}) String severity,
            String message, Integer diagnosisSequence, Integer lineNumber) {
    }

    /** A service line. */
    @Schema(name = "EncounterServiceLine")
    public record ServiceLine(int lineNumber, String code, @Schema(enumeration = {"CPT", "HCPCS"}) String codeSystem,
            String text, List<String> modifiers, int units, List<Integer> diagnosisPointers, String codedBy) {
    }
}
