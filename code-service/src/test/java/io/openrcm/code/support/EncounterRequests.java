package io.openrcm.code.support;

import io.openrcm.code.api.EncounterRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Object Mother of encounter requests: the golden example's encounter, as a record or as a mutable JSON map. */
public final class EncounterRequests {

    /** A date of service in the past whatever day the tests run, within the starter code sets' validity. */
    public static final String DATE_OF_SERVICE = "2025-06-02";

    private EncounterRequests() {
    }

    /** A fresh EHR encounter id, so tests sharing one database never collide. */
    public static String newEhrId() {
        return "EHR-TEST-" + UUID.randomUUID();
    }

    /** The golden example's encounter as a request record. */
    public static EncounterRequest valid(String ehrEncounterId) {
        return new EncounterRequest(ehrEncounterId,
                new EncounterRequest.PatientRequest("MRN-884201", "Jane", "Example", "1971-04-12", "F"),
                new EncounterRequest.SubscriberRequest("XGH123456789"), "BCBS-IL", "1234567893", "1245319599",
                DATE_OF_SERVICE, "11", EncounterRequest.DiagnosisInput.codes("E11.9", "I10"),
                List.of(new EncounterRequest.ServiceLineRequest("99213", List.of("25"), BigDecimal.ONE, List.of(1, 2)),
                        new EncounterRequest.ServiceLineRequest("G0008", List.of(), BigDecimal.ONE, List.of(1))));
    }

    /** The golden example's encounter as a JSON map that a test may change before sending. */
    public static Map<String, Object> json(String ehrEncounterId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ehrEncounterId", ehrEncounterId);
        body.put("patient", map("id", "MRN-884201", "firstName", "Jane", "lastName", "Example",
                "birthDate", "1971-04-12", "sex", "F"));
        body.put("subscriber", map("memberId", "XGH123456789"));
        body.put("payerId", "BCBS-IL");
        body.put("billingProviderNpi", "1234567893");
        body.put("renderingProviderNpi", "1245319599");
        body.put("dateOfService", DATE_OF_SERVICE);
        body.put("placeOfService", "11");
        body.put("diagnoses", new ArrayList<>(List.of("E11.9", "I10")));
        List<Object> lines = new ArrayList<>();
        lines.add(map("code", "99213", "modifiers", new ArrayList<>(List.of("25")), "units", 1,
                "diagnosisPointers", new ArrayList<>(List.of(1, 2))));
        lines.add(map("code", "G0008", "modifiers", new ArrayList<>(), "units", 1,
                "diagnosisPointers", new ArrayList<>(List.of(1))));
        body.put("serviceLines", lines);
        return body;
    }

    /** The service line map at that index of a JSON body. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> line(Map<String, Object> body, int index) {
        return (Map<String, Object>) ((List<Object>) body.get("serviceLines")).get(index);
    }

    /** The patient map of a JSON body. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> patient(Map<String, Object> body) {
        return (Map<String, Object>) body.get("patient");
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
