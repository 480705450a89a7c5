package io.openrcm.code.domain.edits;

import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.ServiceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Edits on service lines: NCCI PTP pairs, medically unlikely units, add-on codes, E/M with a procedure. */
final class ProcedureEdits {

    static final String PTP = "NCCI-PTP";
    static final String PTP_MODIFIER = "NCCI-PTP-MODIFIER";
    static final String MUE_LINE = "MUE-LINE";
    static final String MUE_DAY = "MUE-DAY";
    static final String ADD_ON = "ADD-ON-WITHOUT-PRIMARY";
    static final String EM_25 = "EM-WITHOUT-25";

    /** The modifiers NCCI accepts to bypass a PTP edit whose modifier indicator is 1. */
    static final Set<String> NCCI_MODIFIERS = Set.of("E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5",
            "F6", "F7", "F8", "F9", "LC", "LD", "LM", "LT", "RC", "RI", "RT", "TA", "T1", "T2", "T3", "T4", "T5",
            "T6", "T7", "T8", "T9", "24", "25", "27", "57", "58", "59", "78", "79", "91", "XE", "XS", "XP", "XU");

    private ProcedureEdits() {
    }

    static List<EditFinding> run(EncounterContent encounter, EditTables tables) {
        List<ServiceLine> lines = encounter.serviceLines().stream().filter(ServiceLine::coded).toList();
        List<EditFinding> findings = new ArrayList<>();
        ptp(lines, encounter.dateOfService(), tables, findings);
        mue(lines, tables, findings);
        addOns(lines, tables, findings);
        evaluationAndManagement(lines, findings);
        return findings;
    }

    private static void ptp(List<ServiceLine> lines, LocalDate dos, EditTables tables, List<EditFinding> out) {
        for (ServiceLine one : lines) {
            for (ServiceLine two : lines) {
                if (one == two) {
                    continue;
                }
                for (EditTables.PtpEdit edit : tables.ptpEdits()) {
                    if (!edit.column1().equals(one.code().code()) || !edit.column2().equals(two.code().code())
                            || !edit.inEffectOn(dos) || "9".equals(edit.modifierIndicator())) {
                        continue;
                    }
                    String pair = "Line " + two.lineNumber() + " (" + two.code().code() + ") is bundled into line "
                            + one.lineNumber() + " (" + one.code().code() + ") by an NCCI procedure-to-procedure "
                            + "edit (" + edit.rationale() + ")";
                    if ("0".equals(edit.modifierIndicator())) {
                        out.add(EditFinding.line(PTP, Severity.ERROR, two.lineNumber(),
                                pair + "; the two are never billed together, whatever the modifier"));
                    } else if (!hasNcciModifier(one) && !hasNcciModifier(two)) {
                        out.add(EditFinding.line(PTP_MODIFIER, Severity.ERROR, two.lineNumber(), pair
                                + "; bill it only if it was a distinct service, with a modifier such as 59, XE, XS, "
                                + "XP, XU or 25"));
                    }
                }
            }
        }
    }

    private static boolean hasNcciModifier(ServiceLine line) {
        return line.modifiers().stream().anyMatch(NCCI_MODIFIERS::contains);
    }

    private static void mue(List<ServiceLine> lines, EditTables tables, List<EditFinding> out) {
        Map<String, Integer> perDay = new LinkedHashMap<>();
        Map<String, Integer> lastLine = new LinkedHashMap<>();
        for (ServiceLine line : lines) {
            EditTables.Mue mue = tables.mues().get(line.code().code());
            if (mue == null) {
                continue;
            }
            if (line.units() > mue.value()) {
                out.add(EditFinding.line(MUE_LINE, Severity.ERROR, line.lineNumber(), "Line " + line.lineNumber()
                        + " bills " + line.units() + " units of " + line.code().code() + "; the medically unlikely "
                        + "edit allows " + mue.value() + " (" + mue.rationale() + ")"));
            }
            perDay.merge(line.code().code(), line.units(), Integer::sum);
            lastLine.put(line.code().code(), line.lineNumber());
        }
        perDay.forEach((code, units) -> {
            EditTables.Mue mue = tables.mues().get(code);
            long linesOfCode = lines.stream().filter(l -> l.code().code().equals(code)).count();
            if (mue.perDay() && linesOfCode > 1 && units > mue.value()) {
                out.add(EditFinding.line(MUE_DAY, Severity.ERROR, lastLine.get(code), "The lines with "
                        + code + " bill " + units + " units on one day; the medically unlikely edit allows "
                        + mue.value() + " per day (" + mue.rationale() + ")"));
            }
        });
    }

    private static void addOns(List<ServiceLine> lines, EditTables tables, List<EditFinding> out) {
        Set<String> codes = lines.stream().map(l -> l.code().code()).collect(Collectors.toSet());
        Map<String, List<EditTables.AddOn>> byAddOn = tables.addOns().stream()
                .collect(Collectors.groupingBy(EditTables.AddOn::addOnCode));
        for (ServiceLine line : lines) {
            List<EditTables.AddOn> primaries = byAddOn.get(line.code().code());
            if (primaries == null || primaries.stream().noneMatch(a -> !"2".equals(a.editType()))) {
                continue;
            }
            if (primaries.stream().noneMatch(a -> codes.contains(a.primaryCode()))) {
                boolean strict = primaries.stream().anyMatch(a -> "1".equals(a.editType()));
                out.add(EditFinding.line(ADD_ON, strict ? Severity.ERROR : Severity.WARNING, line.lineNumber(),
                        "Line " + line.lineNumber() + " bills add-on code " + line.code().code()
                                + " without its primary procedure (one of " + primaries.stream()
                                .map(EditTables.AddOn::primaryCode).sorted().collect(Collectors.joining(", "))
                                + ")"));
            }
        }
    }

    private static void evaluationAndManagement(List<ServiceLine> lines, List<EditFinding> out) {
        boolean procedure = lines.stream().anyMatch(l -> l.code().system() == CodeSystem.CPT
                && ProcedureKinds.isProcedure(l.code().code()));
        if (!procedure) {
            return;
        }
        for (ServiceLine line : lines) {
            if (line.code().system() == CodeSystem.CPT && ProcedureKinds.isEvaluationAndManagement(line.code().code())
                    && !line.modifiers().contains("25")) {
                out.add(EditFinding.line(EM_25, Severity.WARNING, line.lineNumber(), "Line " + line.lineNumber()
                        + " bills the E/M visit " + line.code().code() + " on the same day as a procedure without "
                        + "modifier 25; add 25 if the visit was significant and separately identifiable"));
            }
        }
    }
}
