package io.openrcm.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates realistic encounters from the seeded reference data: several payers and providers, 1 to 12 diagnoses
 * (about 3 on average), 1 to 8 service lines (an office visit first, then tests, shots, drugs), dates of service in
 * the last 30 days, a share that coding must refuse (a diagnosis retired before the date of service), and a share
 * with a secondary coverage through a spouse (coordination of benefits). Deterministic for a seed; patients are
 * synthetic.
 */
final class EncounterGenerator {

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines"};
    private static final String[] LAST = {"Example", "Sample", "Testcase", "Placeholder", "Fixture", "Mock"};

    /** Patients visit again: encounter n is patient n mod 5,000's visit. */
    private static final int PATIENTS = 5000;

    private final ObjectMapper mapper;
    private final Random random;
    private final String runId;
    private final double failShare;
    private final LocalDate today;
    private final double secondaryShare;
    /** Days before today already used by each patient's visits. */
    private final Map<Long, Set<Integer>> visitDays = new HashMap<>();
    private long sequence;

    EncounterGenerator(ObjectMapper mapper, long seed, String runId, double failShare, LocalDate today) {
        this(mapper, seed, runId, failShare, today, 0);
    }

    EncounterGenerator(ObjectMapper mapper, long seed, String runId, double failShare, LocalDate today,
            double secondaryShare) {
        this.mapper = mapper;
        this.random = new Random(seed);
        this.runId = runId;
        this.failShare = failShare;
        this.today = today;
        this.secondaryShare = secondaryShare;
    }

    /** The next encounter. */
    GeneratedEncounter next() {
        long n = ++sequence;
        String ehrId = "BENCH-" + runId + "-" + n;
        boolean fail = random.nextDouble() < failShare;
        ObjectNode body = mapper.createObjectNode();
        body.put("ehrEncounterId", ehrId);
        ObjectNode patient = body.putObject("patient");
        patient.put("id", "MRN-" + runId + "-" + (n % PATIENTS));
        patient.put("firstName", FIRST[random.nextInt(FIRST.length)]);
        patient.put("lastName", LAST[random.nextInt(LAST.length)]);
        patient.put("birthDate", today.minusYears(18 + random.nextInt(70)).minusDays(random.nextInt(365)).toString());
        patient.put("sex", random.nextBoolean() ? "F" : "M");
        body.putObject("subscriber").put("memberId", "M" + (100000000L + random.nextInt(900000000)));
        body.put("payerId", pick(ReferenceData.PAYERS));
        // Drawn only when asked for, so runs without secondary coverage keep their sequences for a seed.
        if (secondaryShare > 0 && random.nextDouble() < secondaryShare) {
            secondary(body, patient);
        }
        body.put("billingProviderNpi", pick(ReferenceData.BILLING_NPIS));
        body.put("renderingProviderNpi", pick(ReferenceData.RENDERING_NPIS));
        body.put("dateOfService", today.minusDays(dayOfVisit(n % PATIENTS, 1 + random.nextInt(30))).toString());
        body.put("placeOfService", "11");
        List<String> diagnoses = diagnoses(fail);
        ArrayNode dx = body.putArray("diagnoses");
        diagnoses.forEach(dx::add);
        BigDecimal charge = serviceLines(body.putArray("serviceLines"), diagnoses.size());
        return new GeneratedEncounter(ehrId, body, fail, charge);
    }

    /**
     * The drawn day, or the next day free for this patient: two visits of one patient on one day with the same
     * services are one visit billed twice, which the scrubber rightly refuses (SCR-DUP-001), so a run of more than
     * 5,000 encounters would otherwise count a few refused duplicates as lost claims.
     */
    private int dayOfVisit(long patient, int drawn) {
        Set<Integer> used = visitDays.computeIfAbsent(patient, p -> new HashSet<>());
        int day = drawn;
        for (int i = 0; i < 30 && !used.add(day); i++) {
            day = day % 30 + 1;
        }
        return day;
    }

    /** Coverages: the payer above as primary (the patient's own), another payer as secondary through a spouse. */
    private void secondary(ObjectNode body, ObjectNode patient) {
        ObjectNode home = mapper.createObjectNode().put("line1", (1 + random.nextInt(999)) + " Example St")
                .put("city", "Chicago").put("state", "IL").put("postalCode", "606" + (10 + random.nextInt(90)));
        patient.set("address", home);
        String primary = body.get("payerId").asText();
        List<String> others = ReferenceData.PAYERS.stream().filter(p -> !p.equals(primary)).toList();
        ArrayNode coverages = body.putArray("coverages");
        coverages.addObject().put("payerId", primary)
                .put("memberId", body.get("subscriber").get("memberId").asText())
                .putObject("subscriber").put("relationship", "18");
        ObjectNode spouse = coverages.addObject().put("payerId", pick(others))
                .put("memberId", "S" + (100000000L + random.nextInt(900000000))).putObject("subscriber");
        spouse.put("relationship", "01").put("firstName", FIRST[random.nextInt(FIRST.length)])
                .put("lastName", patient.get("lastName").asText())
                .put("birthDate", today.minusYears(18 + random.nextInt(70)).toString())
                .put("sex", "F".equals(patient.get("sex").asText()) ? "M" : "F").set("address", home.deepCopy());
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
