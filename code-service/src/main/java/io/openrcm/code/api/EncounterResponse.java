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
        @Schema(enumeration = {"CODED"}) String status,
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
        Instant createdAt) {

    /** The view of a domain encounter. */
    public static EncounterResponse of(Encounter e) {
        EncounterContent c = e.content();
        return new EncounterResponse(e.id(), c.ehrEncounterId(), e.status().name(), e.correlationId(),
                new Patient(c.patient().id(), c.patient().firstName(), c.patient().lastName(),
                        c.patient().birthDate(), c.patient().sex().name()),
                new Subscriber(c.subscriberMemberId()), c.payerId(), c.billingProviderNpi(),
                c.renderingProviderNpi(), c.dateOfService(), c.placeOfService(),
                c.diagnoses().stream().map(d -> new Diagnosis(d.sequence(), d.code(), d.codedBy().name())).toList(),
                c.serviceLines().stream().map(l -> new ServiceLine(l.lineNumber(), l.code().code(),
                        l.code().system().name(), l.modifiers(), l.units(), l.diagnosisPointers(),
                        l.codedBy().name())).toList(),
                e.codedAt());
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
    public record Diagnosis(int sequence, String code, String codedBy) {
    }

    /** A service line. */
    @Schema(name = "EncounterServiceLine")
    public record ServiceLine(int lineNumber, String code, @Schema(enumeration = {"CPT", "HCPCS"}) String codeSystem,
            List<String> modifiers, int units, List<Integer> diagnosisPointers, String codedBy) {
    }
}
