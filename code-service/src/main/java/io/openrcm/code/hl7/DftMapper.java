package io.openrcm.code.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.group.DFT_P03_FINANCIAL;
import ca.uhn.hl7v2.model.v251.group.DFT_P03_INSURANCE;
import ca.uhn.hl7v2.model.v251.message.DFT_P03;
import ca.uhn.hl7v2.model.v251.segment.DG1;
import ca.uhn.hl7v2.model.v251.segment.FT1;
import ca.uhn.hl7v2.model.v251.segment.IN1;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import io.openrcm.code.api.EncounterRequest;
import io.openrcm.code.api.EncounterRequest.AddressRequest;
import io.openrcm.code.api.EncounterRequest.CoverageRequest;
import io.openrcm.code.api.EncounterRequest.CoverageSubscriberRequest;
import io.openrcm.code.api.EncounterRequest.DiagnosisInput;
import io.openrcm.code.api.EncounterRequest.ServiceLineRequest;
import io.openrcm.code.domain.Icd10Cm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps a DFT^P03 to the request an EHR posts as JSON, so both take one validator, one use case and one coder queue.
 * Every JSON pointer the validator may name is tied to the HL7 field it came from ({@link Hl7Places}). Reversals:
 * a credit FT1 nets against the charge of the same code, modifiers and date in the same message.
 */
final class DftMapper {

    private static final List<String> ICD10_SYSTEMS = List.of("I10", "I10C", "ICD10CM", "ICD-10-CM", "I10P");

    private DftMapper() {
    }

    /** The request, the places of its values, and warnings; null request when every charge was reversed. */
    record Mapped(EncounterRequest request, Hl7Places places, List<Hl7Error> warnings) {
    }

    static Mapped map(DFT_P03 dft, String billingNpi, Map<String, String> payers) throws HL7Exception {
        Hl7Places places = new Hl7Places();
        List<Hl7Error> errors = new ArrayList<>();
        PID pid = dft.getPID();
        PV1 pv1 = dft.getPV1();
        places.put("/ehrEncounterId", "PV1", 1, 19);
        places.put("/billingProviderNpi", "MSH", 1, 4);
        places.put("/placeOfService", "PV1", 1, 2);
        places.put("/dateOfService", "FT1", 1, 4);
        places.put("/renderingProviderNpi", "PV1", 1, 7);

        List<DiagnosisInput> diagnoses = new ArrayList<>();
        List<String> dxCodes = new ArrayList<>();
        List<DG1> dg1s = new ArrayList<>(dft.getDG1All());
        dg1s.sort(java.util.Comparator.comparingInt(DftMapper::priority));
        for (DG1 dg1 : dg1s) {
            int seq = dft.getDG1All().indexOf(dg1) + 1;
            places.put("/diagnoses/" + diagnoses.size(), "DG1", seq, 3);
            String code = Fields.get(dg1, 3, 1);
            String system = Fields.get(dg1, 3, 3);
            if (code != null && system != null && !ICD10_SYSTEMS.contains(system.toUpperCase())) {
                errors.add(Hl7Error.at("DG1", seq, 3, Hl7Error.TABLE_VALUE_NOT_FOUND, "coding system " + system
                        + " is not ICD-10-CM (I10): claims take ICD-10-CM diagnoses only"));
            }
            String text = code == null ? Fields.get(dg1, 4, 1) : null;
            diagnoses.add(new DiagnosisInput(code, text == null ? Fields.get(dg1, 3, 2) : text));
            dxCodes.add(code == null ? null : Icd10Cm.normalize(code).orElse(code.toUpperCase()));
        }

        List<Ft1Charge> charges = charges(dft, errors);
        Reversals.Netted netted = Reversals.net(charges, errors);
        String date = null;
        String performer = null;
        List<ServiceLineRequest> lines = new ArrayList<>();
        for (Ft1Charge c : netted.lines()) {
            int i = lines.size();
            places.put("/serviceLines/" + i, "FT1", c.sequence(), 7);
            places.put("/serviceLines/" + i + "/modifiers", "FT1", c.sequence(), 26);
            places.put("/serviceLines/" + i + "/units", "FT1", c.sequence(), 10);
            places.put("/serviceLines/" + i + "/diagnosisPointers", "FT1", c.sequence(), 19);
            if (date == null) {
                date = c.date();
                places.put("/dateOfService", "FT1", c.sequence(), 4);
            } else if (c.date() != null && !c.date().equals(date)) {
                errors.add(Hl7Error.at("FT1", c.sequence(), 4, Hl7Error.DATA_TYPE, "is another date of service than "
                        + "the first charge's: an encounter has one date; send that day's charges with its own visit "
                        + "number (PV1-19)"));
            }
            if (c.performer() != null) {
                if (performer == null) {
                    performer = c.performer();
                    places.put("/renderingProviderNpi", "FT1", c.sequence(), 20);
                } else if (!performer.equals(c.performer())) {
                    errors.add(Hl7Error.at("FT1", c.sequence(), 20, Hl7Error.DATA_TYPE, "names another performing "
                            + "provider than the first charge's: an encounter has one rendering provider"));
                }
            }
            lines.add(new ServiceLineRequest(c.code(), c.modifiers(), c.units(), pointers(c, dxCodes, errors),
                    null));
        }
        if (!errors.isEmpty()) {
            throw new Hl7Rejection("AE", errors);
        }
        if (lines.isEmpty() && !charges.isEmpty()) {
            return new Mapped(null, places, List.of(new Hl7Error("FT1", 1, 6, Hl7Error.TABLE_VALUE_NOT_FOUND, "W",
                    "every charge of this message is reversed by a credit in it: nothing to bill, no encounter "
                            + "stored")));
        }
        if (performer == null) {
            performer = Fields.get(pv1, 7, 1);
        }
        return new Mapped(new EncounterRequest(Fields.get(pv1, 19, 1), patient(pid, places), null, null, billingNpi,
                performer, date, placeOfService(Fields.get(pv1, 2, 1)), diagnoses.isEmpty() ? null : diagnoses,
                charges.isEmpty() ? null : lines, coverages(dft, payers, places)), places, List.of());
    }

    private static int priority(DG1 dg1) {
        String p = Fields.get(dg1, 15, 1);
        String set = Fields.get(dg1, 1, 1);
        int setId = set != null && set.matches("[0-9]{1,4}") ? Integer.parseInt(set) : 9999;
        return p != null && p.matches("[0-9]{1,2}") ? Integer.parseInt(p) * 10000 + setId : 990000 + setId;
    }

    private static List<Ft1Charge> charges(DFT_P03 dft, List<Hl7Error> errors) throws HL7Exception {
        List<Ft1Charge> charges = new ArrayList<>();
        int seq = 0;
        for (DFT_P03_FINANCIAL financial : dft.getFINANCIALAll()) {
            FT1 ft1 = financial.getFT1();
            if (ft1.isEmpty()) {
                continue;
            }
            seq++;
            Ft1Charge charge = Ft1Reader.read(ft1, seq, errors);
            if (charge != null) {
                charges.add(charge);
            }
        }
        if (charges.isEmpty() && errors.isEmpty()) {
            errors.add(Hl7Error.at("FT1", 1, 0, Hl7Error.SEGMENT_SEQUENCE, "a DFT^P03 needs at least one FT1 "
                    + "charge"));
        }
        return charges;
    }

    private static List<Integer> pointers(Ft1Charge c, List<String> dxCodes, List<Hl7Error> errors) {
        if (c.diagnoses().isEmpty()) {
            return List.of(1);
        }
        List<Integer> pointers = new ArrayList<>();
        for (String code : c.diagnoses()) {
            String normalized = Icd10Cm.normalize(code).orElse(code.toUpperCase());
            int at = dxCodes.indexOf(normalized);
            if (at < 0) {
                errors.add(Hl7Error.at("FT1", c.sequence(), 19, Hl7Error.TABLE_VALUE_NOT_FOUND, "names diagnosis "
                        + code + ", which no DG1 of the message carries"));
            } else if (!pointers.contains(at + 1)) {
                pointers.add(at + 1);
            }
        }
        return pointers;
    }

    private static EncounterRequest.PatientRequest patient(PID pid, Hl7Places places) {
        places.put("/patient/id", "PID", 1, 3);
        places.put("/patient/lastName", "PID", 1, 5);
        places.put("/patient/firstName", "PID", 1, 5);
        places.put("/patient/birthDate", "PID", 1, 7);
        places.put("/patient/sex", "PID", 1, 8);
        places.put("/patient/address", "PID", 1, 11);
        return new EncounterRequest.PatientRequest(Fields.get(pid, 3, 1), Fields.get(pid, 5, 2),
                Fields.get(pid, 5, 1), dateOrRaw(Fields.get(pid, 7, 1)), sex(Fields.get(pid, 8, 1)),
                address(pid, 11));
    }

    static String sex(String administrativeSex) {
        if (administrativeSex == null) {
            return null;
        }
        return switch (administrativeSex.toUpperCase()) {
            case "F" -> "F";
            case "M" -> "M";
            default -> "U";
        };
    }

    /** The ISO date, or the text as sent so that the validator names the field. */
    static String dateOrRaw(String dtm) {
        String iso = Fields.isoDate(dtm);
        return iso != null ? iso : dtm;
    }

    static AddressRequest address(ca.uhn.hl7v2.model.Segment segment, int field) {
        String line1 = Fields.get(segment, field, 1);
        if (line1 == null) {
            return null;
        }
        return new AddressRequest(line1, Fields.get(segment, field, 2), Fields.get(segment, field, 3),
                Fields.get(segment, field, 4), Fields.get(segment, field, 5));
    }

    /** CMS place of service from PV1-2 patient class: E emergency 23, I inpatient 21, else office 11. */
    static String placeOfService(String patientClass) {
        return switch (patientClass == null ? "" : patientClass.toUpperCase()) {
            case "E" -> "23";
            case "I" -> "21";
            default -> "11";
        };
    }

    private static List<CoverageRequest> coverages(DFT_P03 dft, Map<String, String> payers, Hl7Places places)
            throws HL7Exception {
        List<CoverageRequest> coverages = new ArrayList<>();
        places.put("/payerId", "IN1", 1, 3);
        places.put("/subscriber", "IN1", 1, 36);
        places.put("/coverages", "IN1", 1, 0);
        int seq = 0;
        for (DFT_P03_INSURANCE insurance : dft.getINSURANCEAll()) {
            IN1 in1 = insurance.getIN1();
            if (in1.isEmpty()) {
                continue;
            }
            seq++;
            String at = "/coverages/" + coverages.size();
            places.put(at, "IN1", seq, 0);
            places.put(at + "/payerId", "IN1", seq, 3);
            places.put(at + "/memberId", "IN1", seq, 36);
            places.put(at + "/subscriber", "IN1", seq, 17);
            places.put(at + "/subscriber/firstName", "IN1", seq, 16);
            places.put(at + "/subscriber/lastName", "IN1", seq, 16);
            places.put(at + "/subscriber/birthDate", "IN1", seq, 18);
            places.put(at + "/subscriber/sex", "IN1", seq, 43);
            places.put(at + "/subscriber/address", "IN1", seq, 19);
            String company = Fields.get(in1, 3, 1);
            String payer = company == null ? null : payers.getOrDefault(company, company);
            String member = Fields.get(in1, 36, 1);
            if (member == null) {
                member = Fields.get(in1, 49, 1);
            }
            coverages.add(new CoverageRequest(payer, member, subscriber(in1)));
        }
        return coverages.isEmpty() ? null : coverages;
    }

    private static CoverageSubscriberRequest subscriber(IN1 in1) {
        String relationship = Fields.get(in1, 17, 1);
        String x12 = switch (relationship == null ? "SEL" : relationship.toUpperCase()) {
            case "SEL", "18" -> "18";
            case "SPO", "01" -> "01";
            case "CHD", "19" -> "19";
            default -> "G8";
        };
        if ("18".equals(x12)) {
            return null;
        }
        return new CoverageSubscriberRequest(x12, Fields.get(in1, 16, 2), Fields.get(in1, 16, 1),
                dateOrRaw(Fields.get(in1, 18, 1)), sex(Fields.get(in1, 43, 1)), address(in1, 19));
    }
}
