package io.openrcm.code.api;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps a FHIR R4 Bundle (Encounter, Patient, Coverage, Conditions, Procedures, and optionally the Practitioner and
 * Organization they reference) to the same request an EHR posts as JSON, so both go through one validator. What is
 * missing is left null and reported by the validator with its JSON pointer.
 */
final class FhirBundleMapper {

    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String MODIFIER_EXTENSION = "https://openrcm.io/fhir/StructureDefinition/procedure-modifier";

    private FhirBundleMapper() {
    }

    static EncounterRequest map(Bundle bundle) {
        Map<String, Resource> byRef = new HashMap<>();
        Encounter encounter = null;
        Patient patient = null;
        Coverage coverage = null;
        List<Condition> conditions = new ArrayList<>();
        List<Procedure> procedures = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            if (r == null) {
                continue;
            }
            if (entry.hasFullUrl()) {
                byRef.put(entry.getFullUrl(), r);
            }
            byRef.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), r);
            if (r instanceof Encounter e) {
                encounter = e;
            } else if (r instanceof Patient p) {
                patient = p;
            } else if (r instanceof Coverage c) {
                coverage = c;
            } else if (r instanceof Condition c) {
                conditions.add(c);
            } else if (r instanceof Procedure p) {
                procedures.add(p);
            }
        }
        List<EncounterRequest.DiagnosisInput> dx = new ArrayList<>();
        Map<String, Integer> sequenceOf = new HashMap<>();
        for (Condition c : conditions) {
            dx.add(diagnosis(c.getCode()));
            sequenceOf.put("Condition/" + c.getIdElement().getIdPart(), dx.size());
        }
        List<EncounterRequest.ServiceLineRequest> lines = new ArrayList<>();
        for (Procedure p : procedures) {
            lines.add(line(p, sequenceOf, byRef));
        }
        return new EncounterRequest(encounter == null ? null : identifier(encounter.getIdentifier(),
                encounter.getIdElement().getIdPart()), patient(patient),
                new EncounterRequest.SubscriberRequest(coverage == null || !coverage.hasSubscriberId() ? null
                        : coverage.getSubscriberId()),
                coverage == null || coverage.getPayor().isEmpty() ? null : payer(coverage.getPayorFirstRep(), byRef),
                encounter == null ? null : npi(encounter.getServiceProvider(), byRef),
                encounter == null || encounter.getParticipant().isEmpty() ? null
                        : npi(encounter.getParticipantFirstRep().getIndividual(), byRef),
                encounter == null || !encounter.getPeriod().hasStart() ? null
                        : encounter.getPeriod().getStart().toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                encounter == null ? null : placeOfService(encounter), dx.isEmpty() ? null : dx,
                lines.isEmpty() ? null : lines);
    }

    private static EncounterRequest.PatientRequest patient(Patient p) {
        if (p == null) {
            return null;
        }
        String given = p.getNameFirstRep().getGiven().isEmpty() ? null : p.getNameFirstRep().getGivenAsSingleString();
        return new EncounterRequest.PatientRequest(identifier(p.getIdentifier(), p.getIdElement().getIdPart()), given,
                p.getNameFirstRep().getFamily(), p.hasBirthDate() ? p.getBirthDateElement().getValueAsString() : null,
                switch (p.getGender() == null ? "" : p.getGender().toCode()) {
                    case "female" -> "F";
                    case "male" -> "M";
                    default -> "U";
                });
    }

    private static EncounterRequest.DiagnosisInput diagnosis(CodeableConcept code) {
        for (Coding c : code.getCoding()) {
            if (ICD10CM.equals(c.getSystem()) && c.hasCode()) {
                return new EncounterRequest.DiagnosisInput(c.getCode(), null);
            }
        }
        String text = code.hasText() ? code.getText() : code.getCodingFirstRep().getDisplay();
        return new EncounterRequest.DiagnosisInput(null, text);
    }

    private static EncounterRequest.ServiceLineRequest line(Procedure p, Map<String, Integer> sequenceOf,
            Map<String, Resource> byRef) {
        String code = null;
        for (Coding c : p.getCode().getCoding()) {
            if ((CPT.equals(c.getSystem()) || HCPCS.equals(c.getSystem())) && c.hasCode()) {
                code = c.getCode();
            }
        }
        String text = code != null ? null : p.getCode().hasText() ? p.getCode().getText()
                : p.getCode().getCodingFirstRep().getDisplay();
        List<Integer> pointers = new ArrayList<>();
        for (Reference r : p.getReasonReference()) {
            Integer seq = sequenceOf.get(r.getReference());
            if (seq == null && byRef.get(r.getReference()) instanceof Condition c) {
                seq = sequenceOf.get("Condition/" + c.getIdElement().getIdPart());
            }
            if (seq != null) {
                pointers.add(seq);
            }
        }
        List<String> modifiers = p.getExtensionsByUrl(MODIFIER_EXTENSION).stream()
                .map(e -> e.getValue().primitiveValue()).toList();
        return new EncounterRequest.ServiceLineRequest(code, modifiers, BigDecimal.ONE,
                pointers.isEmpty() ? List.of(1) : pointers, text);
    }

    private static String identifier(List<Identifier> identifiers, String fallback) {
        return identifiers.isEmpty() || !identifiers.get(0).hasValue() ? fallback : identifiers.get(0).getValue();
    }

    private static String npi(Reference ref, Map<String, Resource> byRef) {
        if (ref == null) {
            return null;
        }
        if (ref.hasIdentifier() && NPI.equals(ref.getIdentifier().getSystem())) {
            return ref.getIdentifier().getValue();
        }
        List<Identifier> ids = byRef.get(ref.getReference()) instanceof Practitioner p ? p.getIdentifier()
                : byRef.get(ref.getReference()) instanceof Organization o ? o.getIdentifier() : List.of();
        return ids.stream().filter(i -> NPI.equals(i.getSystem())).map(Identifier::getValue).findFirst().orElse(null);
    }

    private static String payer(Reference ref, Map<String, Resource> byRef) {
        if (ref.hasIdentifier()) {
            return ref.getIdentifier().getValue();
        }
        if (byRef.get(ref.getReference()) instanceof Organization o && o.hasIdentifier()) {
            return o.getIdentifierFirstRep().getValue();
        }
        return ref.hasDisplay() ? ref.getDisplay() : null;
    }

    /** The patient with its home address (a subscriber other than the patient needs it on the claim). */
    static EncounterRequest.PatientRequest patientOf(Patient p) {
        EncounterRequest.PatientRequest r = patient(p);
        return r == null ? null : new EncounterRequest.PatientRequest(r.id(), r.firstName(), r.lastName(),
                r.birthDate(), r.sex(), p.hasAddress() ? addressOf(p.getAddressFirstRep()) : null);
    }

    static String npiOf(Reference ref, Map<String, Resource> byRef) {
        return npi(ref, byRef);
    }

    static String payerOf(Reference ref, Map<String, Resource> byRef) {
        return payer(ref, byRef);
    }

    /** F, M or U of an administrative gender code; null when absent. */
    static String sexOf(String gender) {
        return gender == null ? null : switch (gender) {
            case "female" -> "F";
            case "male" -> "M";
            default -> "U";
        };
    }

    static EncounterRequest.AddressRequest addressOf(org.hl7.fhir.r4.model.Address a) {
        if (a == null || a.getLine().isEmpty()) {
            return null;
        }
        return new EncounterRequest.AddressRequest(a.getLine().get(0).getValue(),
                a.getLine().size() > 1 ? a.getLine().get(1).getValue() : null, a.getCity(), a.getState(),
                a.getPostalCode());
    }

    /** The CMS place of service from the encounter class (AMB 11, HH 12, EMER 23, IMP 21, VR 02). */
    private static String placeOfService(Encounter e) {
        String cls = e.getClass_().getCode();
        return switch (cls == null ? "" : cls) {
            case "HH" -> "12";
            case "EMER" -> "23";
            case "IMP", "ACUTE" -> "21";
            case "VR" -> "02";
            default -> "11";
        };
    }
}
