package io.openrcm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates realistic encounters from the seeded reference data: several payers and providers, 1 to 12 diagnoses
 * (about 3 on average), 1 to 8 service lines (an office visit first, then tests, shots, drugs), dates of service in
 * the last 30 days, and a share that coding must refuse (a diagnosis retired before the date of service).
 * Deterministic for a seed; patients are synthetic.
 */
final class EncounterGenerator {

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines"};
    private static final String[] LAST = {"Example", "Sample", "Testcase", "Placeholder", "Fixture", "Mock"};

    private final ObjectMapper mapper;
    private final Random random;
    private final String runId;
    private final double failShare;
    private final LocalDate today;
    private long sequence;

    EncounterGenerator(ObjectMapper mapper, long seed, String runId, double failShare, LocalDate today) {
        this.mapper = mapper;
        this.random = new Random(seed);
        this.runId = runId;
        this.failShare = failShare;
        this.today = today;
    }

    /** The next encounter. */
    GeneratedEncounter next() {
        long n = ++sequence;
        String ehrId = "BENCH-" + runId + "-" + n;
        boolean fail = random.nextDouble() < failShare;
        ObjectNode body = mapper.createObjectNode();
        body.put("ehrEncounterId", ehrId);
        ObjectNode patient = body.putObject("patient");
        patient.put("id", "MRN-" + runId + "-" + (n % 5000));
        patient.put("firstName", FIRST[random.nextInt(FIRST.length)]);
        patient.put("lastName", LAST[random.nextInt(LAST.length)]);
        patient.put("birthDate", today.minusYears(18 + random.nextInt(70)).minusDays(random.nextInt(365)).toString());
        patient.put("sex", random.nextBoolean() ? "F" : "M");
        body.putObject("subscriber").put("memberId", "M" + (100000000L + random.nextInt(900000000)));
        body.put("payerId", pick(ReferenceData.PAYERS));
        body.put("billingProviderNpi", pick(ReferenceData.BILLING_NPIS));
        body.put("renderingProviderNpi", pick(ReferenceData.RENDERING_NPIS));
        body.put("dateOfService", today.minusDays(1 + random.nextInt(30)).toString());
        body.put("placeOfService", "11");
        List<String> diagnoses = diagnoses(fail);
        ArrayNode dx = body.putArray("diagnoses");
        diagnoses.forEach(dx::add);
        BigDecimal charge = serviceLines(body.putArray("serviceLines"), diagnoses.size());
        return new GeneratedEncounter(ehrId, body, fail, charge);
    }

    private List<String> diagnoses(boolean fail) {
        int count = skewed(12, 2.2);
        Set<String> chosen = new LinkedHashSet<>();
        if (fail) {
            chosen.add(ReferenceData.RETIRED_DIAGNOSIS);
        }
        while (chosen.size() < count) {
            chosen.add(pick(ReferenceData.DIAGNOSES));
        }
        return new ArrayList<>(chosen);
    }

    private BigDecimal serviceLines(ArrayNode lines, int diagnosisCount) {
        int count = skewed(8, 1.6);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            String code = i == 0 ? pick(ReferenceData.VISITS) : pick(ReferenceData.PROCEDURES);
            if (!used.add(code)) {
                continue;
            }
            int units = ReferenceData.multiUnit(code) ? 1 + random.nextInt(4) : 1;
            ObjectNode line = lines.addObject();
            line.put("code", code);
            ArrayNode modifiers = line.putArray("modifiers");
            if (i == 0 && count > 1) {
                modifiers.add("25");
            }
            line.put("units", units);
            ArrayNode pointers = line.putArray("diagnosisPointers");
            int pointerCount = 1 + random.nextInt(Math.min(4, diagnosisCount));
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < pointerCount) {
                chosen.add(1 + random.nextInt(diagnosisCount));
            }
            chosen.forEach(pointers::add);
            total = total.add(ReferenceData.FEES.get(code).multiply(BigDecimal.valueOf(units)));
        }
        return total;
    }

    /** 1 to max, most often small: 1 + an exponential draw with the given mean, capped. */
    private int skewed(int max, double mean) {
        int value = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * (mean - 1 + 0.5));
        return Math.min(max, value);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
