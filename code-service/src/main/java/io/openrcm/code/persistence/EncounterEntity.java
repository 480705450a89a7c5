package io.openrcm.code.persistence;

import io.openrcm.code.domain.Address;
import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.CodedBy;
import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.EncounterStatus;
import io.openrcm.code.domain.Patient;
import io.openrcm.code.domain.ServiceLine;
import io.openrcm.code.domain.Sex;
import io.openrcm.code.domain.edits.EditFinding;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Table mapping of an encounter; converted to and from the domain {@link Encounter} and never handed to clients.
 *
 * <p>Diagnoses and service lines live in child tables ({@code encounter_diagnosis}, {@code encounter_service_line}),
 * mapped as element collections of embeddables, rather than in a jsonb column: the coding edits that come next ask
 * questions across encounters and lines (which lines carry this code, which diagnoses a line points at, code-pair
 * edits), which plain columns with indexes and foreign keys answer and check in the database, whereas a document
 * would need JSON path queries and could not be constrained. The rows have natural keys (encounter id + position)
 * and the encounter id is assigned by the service, so inserts batch with no id round trips.
 */
@Entity
@Table(name = "encounter")
public class EncounterEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "ehr_encounter_id", nullable = false, length = 100)
    public String ehrEncounterId;
    @Column(name = "patient_id", nullable = false, length = 80)
    public String patientId;
    @Column(name = "patient_first_name", nullable = false, length = 35)
    public String patientFirstName;
    @Column(name = "patient_last_name", nullable = false, length = 60)
    public String patientLastName;
    @Column(name = "patient_birth_date", nullable = false)
    public LocalDate patientBirthDate;
    @Column(name = "patient_sex", nullable = false, length = 1)
    public String patientSex;
    @Column(name = "patient_address_line1", length = 55)
    public String patientAddressLine1;
    @Column(name = "patient_address_line2", length = 55)
    public String patientAddressLine2;
    @Column(name = "patient_address_city", length = 30)
    public String patientAddressCity;
    @Column(name = "patient_address_state", length = 2)
    public String patientAddressState;
    @Column(name = "patient_address_postal_code", length = 9)
    public String patientAddressPostalCode;
    @Column(name = "subscriber_member_id", nullable = false, length = 80)
    public String subscriberMemberId;
    @Column(name = "payer_id", nullable = false, length = 80)
    public String payerId;
    @Column(name = "billing_provider_npi", nullable = false, length = 10)
    public String billingProviderNpi;
    @Column(name = "rendering_provider_npi", nullable = false, length = 10)
    public String renderingProviderNpi;
    @Column(name = "date_of_service", nullable = false)
    public LocalDate dateOfService;
    @Column(name = "place_of_service", nullable = false, length = 2)
    public String placeOfService;
    @Column(name = "status", nullable = false, length = 20)
    public String status;
    @Column(name = "correlation_id", nullable = false, length = 100)
    public String correlationId;
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;
    @Column(name = "coded_at")
    public Instant codedAt;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "review_reason", length = 20)
    public String reviewReason;
    @Column(name = "claimed_by", length = 60)
    public String claimedBy;
    @Column(name = "claimed_at")
    public Instant claimedAt;

    @ElementCollection
    @CollectionTable(name = "encounter_finding", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    public List<FindingRow> findings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "encounter_diagnosis", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderBy("sequence")
    public List<DiagnosisRow> diagnoses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "encounter_service_line", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderBy("lineNumber")
    public List<ServiceLineRow> serviceLines = new ArrayList<>();

    /** Empty for an encounter stored before coverages, or one whose only payer's subscriber is the patient. */
    @ElementCollection
    @CollectionTable(name = "encounter_coverage", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    public List<CoverageRow> coverages = new ArrayList<>();

    /** The rows of a domain encounter. */
    static EncounterEntity from(Encounter e) {
        EncounterEntity row = new EncounterEntity();
        row.id = e.id();
        row.update(e);
        return row;
    }

    /** Copies the state of the domain encounter onto these rows (the id stays). */
    void update(Encounter e) {
        EncounterContent c = e.content();
        EncounterEntity row = this;
        row.ehrEncounterId = c.ehrEncounterId();
        row.patientId = c.patient().id();
        row.patientFirstName = c.patient().firstName();
        row.patientLastName = c.patient().lastName();
        row.patientBirthDate = c.patient().birthDate();
        row.patientSex = c.patient().sex().name();
        Address home = c.patient().address();
        row.patientAddressLine1 = home == null ? null : home.line1();
        row.patientAddressLine2 = home == null ? null : home.line2();
        row.patientAddressCity = home == null ? null : home.city();
        row.patientAddressState = home == null ? null : home.state();
        row.patientAddressPostalCode = home == null ? null : home.postalCode();
        row.subscriberMemberId = c.subscriberMemberId();
        row.payerId = c.payerId();
        row.billingProviderNpi = c.billingProviderNpi();
        row.renderingProviderNpi = c.renderingProviderNpi();
        row.dateOfService = c.dateOfService();
        row.placeOfService = c.placeOfService();
        row.status = e.status().name();
        row.correlationId = e.correlationId();
        row.requestHash = e.requestHash();
        row.codedAt = e.codedAt();
        row.receivedAt = e.receivedAt();
        row.reviewReason = e.reviewReason();
        row.claimedBy = e.claimedBy();
        row.claimedAt = e.claimedAt();
        row.findings.clear();
        for (EditFinding f : e.findings()) {
            row.findings.add(FindingRow.of(f));
        }
        row.coverages.clear();
        if (!c.singleSelfCoverage()) {
            c.coverages().forEach(coverage -> row.coverages.add(CoverageRow.of(coverage)));
        }
        row.diagnoses.clear();
        row.serviceLines.clear();
        for (Diagnosis d : c.diagnoses()) {
            DiagnosisRow dx = new DiagnosisRow();
            dx.sequence = d.sequence();
            dx.code = d.code();
            dx.text = d.text();
            dx.codedBy = d.codedBy() == null ? null : d.codedBy().name();
            row.diagnoses.add(dx);
        }
        for (ServiceLine l : c.serviceLines()) {
            ServiceLineRow line = new ServiceLineRow();
            line.lineNumber = l.lineNumber();
            line.codeSystem = l.code() == null ? null : l.code().system().name();
            line.code = l.code() == null ? null : l.code().code();
            line.text = l.text();
            line.setModifiers(l.modifiers());
            line.units = l.units();
            line.setDiagnosisPointers(l.diagnosisPointers());
            line.codedBy = l.codedBy() == null ? null : l.codedBy().name();
            row.serviceLines.add(line);
        }
    }

    /** The domain encounter these rows hold. */
    Encounter toDomain() {
        Patient patient = new Patient(patientId, patientFirstName, patientLastName, patientBirthDate,
                Sex.valueOf(patientSex), patientAddressLine1 == null ? null : new Address(patientAddressLine1,
                        patientAddressLine2, patientAddressCity, patientAddressState, patientAddressPostalCode));
        List<Diagnosis> dx = diagnoses.stream()
                .map(d -> new Diagnosis(d.sequence, d.code, d.text, CodedBy.parse(d.codedBy))).toList();
        List<ServiceLine> lines = serviceLines.stream()
                .map(l -> new ServiceLine(l.lineNumber,
                        l.code == null ? null : new CodeRef(CodeSystem.valueOf(l.codeSystem), l.code), l.text,
                        l.modifiers(), l.units, l.diagnosisPointers(), CodedBy.parse(l.codedBy)))
                .toList();
        EncounterContent content = new EncounterContent(ehrEncounterId, patient, subscriberMemberId, payerId,
                billingProviderNpi, renderingProviderNpi, dateOfService, placeOfService, dx, lines,
                coverages.stream().map(CoverageRow::toDomain).toList());
        return new Encounter(id, content, EncounterStatus.valueOf(status), correlationId, requestHash, receivedAt,
                codedAt, findings.stream().map(FindingRow::toDomain).toList(), reviewReason, claimedBy, claimedAt);
    }
}
