package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.edits.EditTables;
import io.openrcm.code.domain.edits.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the rows of the edit tables that concern a set of codes; the small rule tables are read whole. */
@ApplicationScoped
public class EditTablesRepository {

    private final EntityManager em;

    @Inject
    public EditTablesRepository(EntityManager em) {
        this.em = em;
    }

    /** The tables as far as these codes are concerned. */
    public EditTables forCodes(Set<CodeRef> codes) {
        Set<String> procedures = codes.stream().filter(c -> c.system() != CodeSystem.ICD10CM).map(CodeRef::code)
                .collect(Collectors.toSet());
        Set<String> prefixes = new HashSet<>();
        codes.stream().filter(c -> c.system() == CodeSystem.ICD10CM).map(CodeRef::code)
                .forEach(c -> { for (int i = 3; i <= c.length(); i++) { prefixes.add(c.substring(0, i)); } });
        procedures.add("");
        prefixes.add("");
        List<EditTables.AgeSexRule> ageSex = rows("SELECT id, range_from, range_to, sex, min_age, max_age, severity, "
                + "label FROM dx_age_sex_rule ORDER BY id", null).stream()
                .map(r -> new EditTables.AgeSexRule((String) r[0], (String) r[1], (String) r[2], str(r[3]),
                        integer(r[4]), integer(r[5]), Severity.valueOf((String) r[6]), (String) r[7])).toList();
        List<EditTables.FirstListedRule> first = rows("SELECT range_from, range_to, reason FROM dx_first_listed_rule",
                null).stream().map(r -> new EditTables.FirstListedRule((String) r[0], (String) r[1], (String) r[2]))
                .toList();
        List<EditTables.Excludes1Pair> excludes = rows("SELECT code_a, code_b, note FROM icd_excludes1 "
                + "WHERE code_a IN (:c) AND code_b IN (:c)", prefixes).stream()
                .map(r -> new EditTables.Excludes1Pair((String) r[0], (String) r[1], (String) r[2])).toList();
        List<EditTables.PtpEdit> ptp = rows("SELECT column1, column2, effective_date, deletion_date, "
                + "modifier_indicator, rationale FROM ncci_ptp_edit WHERE column1 IN (:c) AND column2 IN (:c)",
                procedures).stream().map(r -> new EditTables.PtpEdit((String) r[0], (String) r[1],
                        CodeSetRepository.date(r[2]), CodeSetRepository.date(r[3]), String.valueOf(r[4]),
                        (String) r[5])).toList();
        Map<String, EditTables.Mue> mues = rows("SELECT code, mue_value, adjudication_indicator, rationale "
                + "FROM ncci_mue WHERE code IN (:c)", procedures).stream()
                .map(r -> new EditTables.Mue((String) r[0], integer(r[1]), String.valueOf(r[2]), (String) r[3]))
                .collect(Collectors.toMap(EditTables.Mue::code, Function.identity()));
        List<EditTables.AddOn> addOns = rows("SELECT add_on_code, primary_code, edit_type FROM ncci_add_on "
                + "WHERE add_on_code IN (:c)", procedures).stream()
                .map(r -> new EditTables.AddOn((String) r[0], (String) r[1], String.valueOf(r[2]))).toList();
        return new EditTables(ageSex, first, excludes, ptp, mues, addOns);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Set<String> codes) {
        var query = em.createNativeQuery(sql);
        if (codes != null) {
            query.setParameter("c", codes);
        }
        return query.getResultList();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
