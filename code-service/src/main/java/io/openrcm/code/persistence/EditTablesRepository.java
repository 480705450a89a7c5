package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.edits.EditTables;
import io.openrcm.code.domain.edits.Severity;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the rows of the edit tables that concern a set of codes, from memory: the small rule tables are held whole,
 * the large ones by code as codes are asked for, until a table changes (see {@link ReferenceVersions}).
 */
@ApplicationScoped
public class EditTablesRepository {

    /** The edit tables, as named in reference_version. */
    public static final String[] TABLES = {"dx_age_sex_rule", "dx_first_listed_rule", "icd_excludes1",
        "ncci_ptp_edit", "ncci_mue", "ncci_add_on"};

    private record Rules(List<EditTables.AgeSexRule> ageSex, List<EditTables.FirstListedRule> firstListed) {
    }

    private final EntityManager em;
    private final ReferenceCache<Rules> rules;
    private final RowsByCode<EditTables.Excludes1Pair> excludes1;
    private final RowsByCode<EditTables.PtpEdit> ptp;
    private final RowsByCode<EditTables.Mue> mues;
    private final RowsByCode<EditTables.AddOn> addOns;

    @Inject
    public EditTablesRepository(EntityManager em, ReferenceVersions versions) {
        this.em = em;
        this.rules = versions.cache(this::readRules, "dx_age_sex_rule", "dx_first_listed_rule");
        this.excludes1 = new RowsByCode<>(versions.cache(RowsByCode::emptyMap, "icd_excludes1"),
                codes -> rows("SELECT code_a, code_b, note FROM icd_excludes1 WHERE code_a IN (:c)", codes).stream()
                        .map(r -> new EditTables.Excludes1Pair((String) r[0], (String) r[1], (String) r[2]))
                        .toList(), EditTables.Excludes1Pair::codeA);
        this.ptp = new RowsByCode<>(versions.cache(RowsByCode::emptyMap, "ncci_ptp_edit"),
                codes -> rows("SELECT column1, column2, effective_date, deletion_date, modifier_indicator, rationale "
                        + "FROM ncci_ptp_edit WHERE column1 IN (:c)", codes).stream()
                        .map(r -> new EditTables.PtpEdit((String) r[0], (String) r[1], CodeSetRepository.date(r[2]),
                                CodeSetRepository.date(r[3]), String.valueOf(r[4]), (String) r[5])).toList(),
                EditTables.PtpEdit::column1);
        this.mues = new RowsByCode<>(versions.cache(RowsByCode::emptyMap, "ncci_mue"),
                codes -> rows("SELECT code, mue_value, adjudication_indicator, rationale FROM ncci_mue "
                        + "WHERE code IN (:c)", codes).stream()
                        .map(r -> new EditTables.Mue((String) r[0], integer(r[1]), String.valueOf(r[2]),
                                (String) r[3])).toList(), EditTables.Mue::code);
        this.addOns = new RowsByCode<>(versions.cache(RowsByCode::emptyMap, "ncci_add_on"),
                codes -> rows("SELECT add_on_code, primary_code, edit_type FROM ncci_add_on "
                        + "WHERE add_on_code IN (:c)", codes).stream()
                        .map(r -> new EditTables.AddOn((String) r[0], (String) r[1], String.valueOf(r[2])))
                        .toList(), EditTables.AddOn::addOnCode);
    }

    /** The tables as far as these codes are concerned: pairs only where both codes are among them. */
    public EditTables forCodes(Set<CodeRef> codes) {
        Set<String> procedures = codes.stream().filter(c -> c.system() != CodeSystem.ICD10CM).map(CodeRef::code)
                .collect(Collectors.toSet());
        Set<String> prefixes = new HashSet<>();
        codes.stream().filter(c -> c.system() == CodeSystem.ICD10CM).map(CodeRef::code)
                .forEach(c -> { for (int i = 3; i <= c.length(); i++) { prefixes.add(c.substring(0, i)); } });
        procedures.add("");
        prefixes.add("");
        Rules r = rules.get();
        List<EditTables.Excludes1Pair> excludes = excludes1.of(prefixes).stream()
                .filter(p -> prefixes.contains(p.codeB())).toList();
        List<EditTables.PtpEdit> pairs = ptp.of(procedures).stream().filter(p -> procedures.contains(p.column2()))
                .toList();
        Map<String, EditTables.Mue> limits = mues.of(procedures).stream()
                .collect(Collectors.toMap(EditTables.Mue::code, Function.identity()));
        return new EditTables(r.ageSex(), r.firstListed(), excludes, pairs, limits, addOns.of(procedures));
    }

    private Rules readRules() {
        List<EditTables.AgeSexRule> ageSex = rows("SELECT id, range_from, range_to, sex, min_age, max_age, severity, "
                + "label FROM dx_age_sex_rule ORDER BY id", null).stream()
                .map(r -> new EditTables.AgeSexRule((String) r[0], (String) r[1], (String) r[2], str(r[3]),
                        integer(r[4]), integer(r[5]), Severity.valueOf((String) r[6]), (String) r[7])).toList();
        List<EditTables.FirstListedRule> first = rows("SELECT range_from, range_to, reason FROM dx_first_listed_rule",
                null).stream().map(r -> new EditTables.FirstListedRule((String) r[0], (String) r[1], (String) r[2]))
                .toList();
        return new Rules(ageSex, first);
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
