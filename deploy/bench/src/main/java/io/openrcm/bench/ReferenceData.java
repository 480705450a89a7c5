package io.openrcm.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The seeded reference data the generated encounters use, as the services' Flyway seed migrations load it:
 * payers, providers and the starter fee schedule from claim-service's V2__seed_reference_data.sql, codes from
 * code-service's V2__starter_code_sets.sql. Only codes the starter fee schedule prices are billed, so every coded
 * encounter becomes a claim.
 */
final class ReferenceData {

    /** The four seeded payers. */
    static final List<String> PAYERS = List.of("BCBS-IL", "AETNA", "MEDICARE-IL", "UHC");

    /** The seeded organisations that bill. */
    static final List<String> BILLING_NPIS = List.of("1234567893", "1679576722");

    /** The seeded providers that render (an individual and the organisations). */
    static final List<String> RENDERING_NPIS = List.of("1245319599", "1234567893", "1679576722");

    /** Billable ICD-10-CM codes in effect from FY2022 on, without the dot. */
    static final List<String> DIAGNOSES = List.of("E119", "E1165", "E1122", "E039", "E559", "E669", "E785", "E7800",
            "I10", "I2510", "I4891", "I509", "J069", "J0190", "J029", "J209", "J301", "J329", "J45909", "K219",
            "F329", "F32A", "F419", "N390", "D649", "G4700", "G43909", "B349", "L309", "H6690", "M5450", "M25561",
            "M25562", "M1711", "R0789", "R051", "R059", "R109", "R110", "R42", "R519", "R5383", "Z0000", "Z0001",
            "Z23", "Z1211", "Z1231", "Z131", "Z79899");

    /** A diagnosis retired on 2022-09-30: coding refuses it for later dates of service. */
    static final String RETIRED_DIAGNOSIS = "B373";

    /** Evaluation and management visits: one of them leads most encounters. */
    static final List<String> VISITS = List.of("99202", "99203", "99212", "99213", "99214", "99215");

    /** The other priced procedures, supplies and drugs. */
    static final List<String> PROCEDURES = List.of("36415", "80053", "85025", "93000", "71046", "81002", "90471",
            "90686", "20610", "G0008", "G0009", "J1100", "J3301", "A4253");

    /** The starter fee schedule (default, no modifier): charge per unit. */
    static final Map<String, BigDecimal> FEES = Map.ofEntries(
            Map.entry("99202", new BigDecimal("95.00")), Map.entry("99203", new BigDecimal("145.00")),
            Map.entry("99212", new BigDecimal("75.00")), Map.entry("99213", new BigDecimal("135.00")),
            Map.entry("99214", new BigDecimal("190.00")), Map.entry("99215", new BigDecimal("255.00")),
            Map.entry("36415", new BigDecimal("12.00")), Map.entry("80053", new BigDecimal("38.00")),
            Map.entry("85025", new BigDecimal("22.00")), Map.entry("93000", new BigDecimal("45.00")),
            Map.entry("71046", new BigDecimal("62.00")), Map.entry("81002", new BigDecimal("8.00")),
            Map.entry("90471", new BigDecimal("28.00")), Map.entry("90686", new BigDecimal("42.00")),
            Map.entry("20610", new BigDecimal("115.00")), Map.entry("G0008", new BigDecimal("25.00")),
            Map.entry("G0009", new BigDecimal("30.00")), Map.entry("J1100", new BigDecimal("6.00")),
            Map.entry("J3301", new BigDecimal("14.00")), Map.entry("A4253", new BigDecimal("55.00")));

    private ReferenceData() {
    }

    /** Whether a code is billed in units of more than one (drugs and supplies). */
    static boolean multiUnit(String code) {
        return code.startsWith("J") || code.startsWith("A");
    }
}
