package io.openrcm.code.api;

import io.openrcm.code.api.EncounterRequest.CoverageRequest;
import io.openrcm.code.api.EncounterRequest.CoverageSubscriberRequest;
import io.openrcm.code.api.EncounterRequest.DiagnosisInput;
import io.openrcm.code.api.EncounterRequest.ServiceLineRequest;
import io.openrcm.platform.problem.Violation;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps a FHIR R4 Claim (with its Patient, Coverages and Practitioners contained or in the same Bundle) to the request
 * an EHR posts as JSON. Standard elements first: item.modifier over the project's modifier extension (still read),
 * careTeam and provider NPIs, insurance in sequence order. Every JSON pointer the validator may name is tied to the
 * FHIRPath of the element it came from.
 */
final class FhirClaimMapper {

    static final String POS_SYSTEM = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";

    private FhirClaimMapper() {
    }

    /** The request and where each of its values came from. */
    record Mapped(EncounterRequest request, Map<String, String> places) {

        /** The violation with the FHIRPath of the longest known prefix of its pointer. */
        Violation locate(Violation v) {
            String pointer = v.pointer() == null ? "" : v.pointer();
            String path = null;
            for (String p = pointer; path == null && !p.isEmpty(); p = p.substring(0, Math.max(p.lastIndexOf('/'), 0))) {
                path = places.get(p);
            }
            return new Violation(path == null ? "Claim" : path, (pointer.isEmpty() ? "" : pointer + " ") + v.message());
        }
    }

    static Mapped map(Claim claim, Map<String, Resource> byRef) {
        Map<String, Resource> refs = new HashMap<>(byRef);
        for (Resource r : claim.getContained()) {
            refs.put("#" + r.getIdElement().getIdPart(), r);
        }
        Map<String, String> places = new HashMap<>();
        places.put("/ehrEncounterId", "Claim.identifier");
        places.put("/patient", "Claim.patient");
        places.put("/billingProviderNpi", "Claim.provider");
        places.put("/renderingProviderNpi", "Claim.careTeam");
        places.put("/dateOfService", "Claim.item[0].serviced");
        places.put("/placeOfService", "Claim.item[0].location");
        places.put("/diagnoses", "Claim.diagnosis");
        places.put("/serviceLines", "Claim.item");
        places.put("/coverages", "Claim.insurance");
        places.put("/payerId", "Claim.insurance");
        places.put("/subscriber", "Claim.insurance");

        List<Claim.DiagnosisComponent> dx = new ArrayList<>(claim.getDiagnosis());
        dx.sort(Comparator.comparingInt(d -> d.hasSequence() ? d.getSequence() : Integer.MAX_VALUE));
        List<DiagnosisInput> diagnoses = new ArrayList<>();
        Map<Integer, Integer> positionOfSequence = new HashMap<>();
        for (Claim.DiagnosisComponent d : dx) {
            int at = claim.getDiagnosis().indexOf(d);
            places.put("/diagnoses/" + diagnoses.size(), "Claim.diagnosis[" + at + "].diagnosis");
            positionOfSequence.put(d.getSequence(), diagnoses.size() + 1);
            CodeableConcept code = d.hasDiagnosisCodeableConcept() ? d.getDiagnosisCodeableConcept()
                    : refs.get(d.getDiagnosisReference().getReference()) instanceof Condition c ? c.getCode()
                            : new CodeableConcept();
            diagnoses.add(diagnosis(code));
        }
        List<ServiceLineRequest> lines = new ArrayList<>();
        String date = null;
        String pos = null;
        for (Claim.ItemComponent item : claim.getItem()) {
            String at = "Claim.item[" + lines.size() + "]";
            String p = "/serviceLines/" + lines.size();
            places.put(p, at + ".productOrService");
            places.put(p + "/modifiers", at + ".modifier");
            places.put(p + "/units", at + ".quantity");
            places.put(p + "/diagnosisPointers", at + ".diagnosisSequence");
            if (date == null) {
                date = item.hasServicedDateType() ? item.getServicedDateType().getValueAsString()
                        : item.hasServicedPeriod() && item.getServicedPeriod().hasStart()
                                ? isoDate(item.getServicedPeriod().getStart()) : null;
            }
            if (pos == null && item.hasLocationCodeableConcept()) {
                pos = item.getLocationCodeableConcept().getCoding().stream()
                        .filter(c -> POS_SYSTEM.equals(c.getSystem())).map(Coding::getCode).findFirst().orElse(null);
            }
            lines.add(line(item, positionOfSequence));
        }
        if (date == null && claim.hasBillablePeriod() && claim.getBillablePeriod().hasStart()) {
            date = isoDate(claim.getBillablePeriod().getStart());
            places.put("/dateOfService", "Claim.billablePeriod.start");
        }
        return new Mapped(new EncounterRequest(claim.hasIdentifier() ? claim.getIdentifierFirstRep().getValue()
                : claim.getIdElement().getIdPart(), FhirBundleMapper.patientOf(refs.get(claim.getPatient()
                        .getReference()) instanceof Patient pt ? pt : null), null, null,
                FhirBundleMapper.npiOf(claim.getProvider(), refs), rendering(claim, refs), date,
                pos == null ? "11" : pos, diagnoses.isEmpty() ? null : diagnoses, lines.isEmpty() ? null : lines,
                coverages(claim, refs, places)), places);
    }

    private static String isoDate(Date date) {
        return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static DiagnosisInput diagnosis(CodeableConcept code) {
        for (Coding c : code.getCoding()) {
            if (FhirBundleMapper.ICD10CM.equals(c.getSystem()) && c.hasCode()) {
                return new DiagnosisInput(c.getCode(), null);
            }
        }
        return new DiagnosisInput(null, code.hasText() ? code.getText() : code.getCodingFirstRep().getDisplay());
    }

    private static ServiceLineRequest line(Claim.ItemComponent item, Map<Integer, Integer> positionOfSequence) {
        String code = item.getProductOrService().getCoding().stream()
                .filter(c -> (FhirBundleMapper.CPT.equals(c.getSystem()) || FhirBundleMapper.HCPCS.equals(c.getSystem()))
                        && c.hasCode()).map(Coding::getCode).findFirst().orElse(null);
        String text = code != null ? null : item.getProductOrService().hasText() ? item.getProductOrService().getText()
                : item.getProductOrService().getCodingFirstRep().getDisplay();
        List<String> modifiers = new ArrayList<>();
        for (CodeableConcept m : item.getModifier()) {
            modifiers.add(m.getCodingFirstRep().getCode());
        }
        if (modifiers.isEmpty()) {
            // The project's extension, from before Claim: still read when no standard modifier is given.
            item.getExtensionsByUrl(FhirBundleMapper.MODIFIER_EXTENSION)
                    .forEach(e -> modifiers.add(e.getValue().primitiveValue()));
        }
        List<Integer> pointers = new ArrayList<>();
        for (PositiveIntType s : item.getDiagnosisSequence()) {
            Integer position = positionOfSequence.get(s.getValue());
            // A sequence no diagnosis has stays as sent, so the validator names it.
            pointers.add(position == null ? s.getValue() + 1000 : position);
        }
        BigDecimal units = item.hasQuantity() && item.getQuantity().hasValue() ? item.getQuantity().getValue()
                : BigDecimal.ONE;
        return new ServiceLineRequest(code, modifiers, units, pointers.isEmpty() ? List.of(1) : pointers, text);
    }

    private static String rendering(Claim claim, Map<String, Resource> refs) {
        Claim.CareTeamComponent chosen = null;
        for (Claim.CareTeamComponent member : claim.getCareTeam()) {
            boolean primary = member.getRole().getCoding().stream().anyMatch(c -> "primary".equals(c.getCode()));
            if (chosen == null || primary) {
                chosen = member;
                if (primary) {
                    break;
                }
            }
        }
        return chosen == null ? null : FhirBundleMapper.npiOf(chosen.getProvider(), refs);
    }

    private static List<CoverageRequest> coverages(Claim claim, Map<String, Resource> refs,
            Map<String, String> places) {
        List<Claim.InsuranceComponent> insurance = new ArrayList<>(claim.getInsurance());
        insurance.sort(Comparator.comparingInt(i -> i.hasSequence() ? i.getSequence() : Integer.MAX_VALUE));
        List<CoverageRequest> coverages = new ArrayList<>();
        for (Claim.InsuranceComponent i : insurance) {
            String at = "Claim.insurance[" + claim.getInsurance().indexOf(i) + "].coverage";
            String p = "/coverages/" + coverages.size();
            places.put(p, at);
            Coverage c = refs.get(i.getCoverage().getReference()) instanceof Coverage cov ? cov : null;
            if (c == null) {
                coverages.add(new CoverageRequest(null, null, null));
                continue;
            }
            places.put(p + "/payerId", at + ".resolve().payor");
            places.put(p + "/memberId", at + ".resolve().subscriberId");
            places.put(p + "/subscriber", at + ".resolve().relationship");
            String payer = c.getPayor().isEmpty() ? null : FhirBundleMapper.payerOf(c.getPayorFirstRep(), refs);
            coverages.add(new CoverageRequest(payer, c.hasSubscriberId() ? c.getSubscriberId() : null,
                    subscriber(c, refs)));
        }
        return coverages.isEmpty() ? null : coverages;
    }

    private static CoverageSubscriberRequest subscriber(Coverage c, Map<String, Resource> refs) {
        String relationship = c.getRelationship().getCoding().stream().map(Coding::getCode).findFirst().orElse("self");
        String x12 = switch (relationship) {
            case "self" -> "18";
            case "spouse" -> "01";
            case "child" -> "19";
            default -> "G8";
        };
        if ("18".equals(x12)) {
            return null;
        }
        Resource who = refs.get(c.getSubscriber().getReference());
        HumanName name = who instanceof RelatedPerson rp ? rp.getNameFirstRep()
                : who instanceof Patient pt ? pt.getNameFirstRep() : new HumanName();
        String birth = who instanceof RelatedPerson rp && rp.hasBirthDate() ? rp.getBirthDateElement().getValueAsString()
                : who instanceof Patient pt && pt.hasBirthDate() ? pt.getBirthDateElement().getValueAsString() : null;
        String gender = who instanceof RelatedPerson rp && rp.hasGender() ? rp.getGender().toCode()
                : who instanceof Patient pt && pt.hasGender() ? pt.getGender().toCode() : null;
        Address a = who instanceof RelatedPerson rp ? rp.getAddressFirstRep()
                : who instanceof Patient pt ? pt.getAddressFirstRep() : new Address();
        return new CoverageSubscriberRequest(x12, name.getGiven().isEmpty() ? null : name.getGivenAsSingleString(),
                name.getFamily(), birth, FhirBundleMapper.sexOf(gender), FhirBundleMapper.addressOf(a));
    }
}
