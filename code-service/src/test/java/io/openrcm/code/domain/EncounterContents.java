package io.openrcm.code.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Object Mother of domain encounter content: the golden example's encounter. */
public final class EncounterContents {

    private EncounterContents() {
    }

    static EncounterContent golden() {
        return withDiagnoses(List.of("E119", "I10"));
    }

    /** The golden encounter with these diagnosis codes (written with or without their dot), in order. */
    public static EncounterContent withDiagnoses(String... codes) {
        return withDiagnoses(Arrays.stream(codes).map(c -> c.replace(".", "")).toList());
    }

    static EncounterContent withDiagnoses(List<String> codes) {
        List<Diagnosis> dx = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            dx.add(new Diagnosis(i + 1, codes.get(i), CodedBy.EHR));
        }
        return new EncounterContent("EHR-ENC-000123",
                new Patient("MRN-884201", "Jane", "Example", LocalDate.of(1971, 4, 12), Sex.F), "XGH123456789",
                "BCBS-IL", "1234567893", "1245319599", LocalDate.of(2026, 11, 2), "11", dx,
                List.of(new ServiceLine(1, new CodeRef(CodeSystem.CPT, "99213"), List.of("25"), 1, List.of(1, 2),
                                CodedBy.EHR),
                        new ServiceLine(2, new CodeRef(CodeSystem.HCPCS, "G0008"), List.of(), 1, List.of(1),
                                CodedBy.EHR)));
    }

    static EncounterContent withLines(EncounterContent c, List<ServiceLine> lines) {
        return new EncounterContent(c.ehrEncounterId(), c.patient(), c.subscriberMemberId(), c.payerId(),
                c.billingProviderNpi(), c.renderingProviderNpi(), c.dateOfService(), c.placeOfService(),
                c.diagnoses(), lines);
    }
}
