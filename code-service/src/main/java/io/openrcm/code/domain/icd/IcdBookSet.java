package io.openrcm.code.domain.icd;

/**
 * The ICD-10-CM books in effect on one date: the Tabular List (required) and the indexes and tables (each may be
 * absent when not loaded).
 *
 * @param label the Tabular's version label
 * @param tabular the Tabular List
 * @param index the Alphabetic Index
 * @param externalCauses the External Cause Index
 * @param neoplasms the Table of Neoplasms
 * @param drugs the Table of Drugs and Chemicals
 */
public record IcdBookSet(String label, TabularList tabular, IndexBook index, IndexBook externalCauses,
        IndexBook neoplasms, IndexBook drugs) {
}
