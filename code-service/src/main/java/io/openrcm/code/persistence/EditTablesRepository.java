package io.openrcm.code.persistence;

import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.edits.EditTables;
import io.openrcm.code.domain.edits.Severity;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

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

    private final Sql sql;
    private final ReferenceCache<Rules> rules;
    private final RowsByCode<EditTables.Excludes1Pair> excludes1;
    private final RowsByCode<EditTables.PtpEdit> ptp;
    private final RowsByCode<EditTables.Mue> mues;
    private final RowsByCode<EditTables.AddOn> addOns;

    @Inject
    public EditTablesRepository(DataSource dataSource, ReferenceVersions versions) {
        this.sql = new Sql(dataSource);
        this.rules = versions.cache(this::readRules, "dx_age_sex_rule", "dx_first_listed_rule");
        this.excludes1 = new RowsByCode<>(versions.cache(RowsByCode::emptyMap, "icd_excludes1"),
                codes -> ofCodes("SELECT code_a, code_b, note FROM icd_excludes1 WHERE code_a = ANY (?)", codes,
                        rs -> new EditTables.Excludes1Pair(rs.getString(1), rs.getString(2), rs.getString(3))),
                EditTables.Excludes1Pair::codeA);
        this.ptp = new RowsByCode<>(versions.cache(RowsByCode::emptyMap, "ncci_ptp_edit"),
                codes -> ofCodes("SELECT column1, column2, effective_date, deletion_date, modifier_indicator,"
                        + " rationale FROM ncci_ptp_edit WHERE column1 = ANY (?)", codes,
                        rs -> new EditTables.PtpEdit(rs.getString(1), rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5),
                                rs.getString(6))),
                EditTables.PtpEdit::column1);
        this.mues = new RowsByCode<>(versions.cache(RowsByCode::emptyMap, "ncci_mue"),
                codes -> ofCodes("SELECT code, mue_value, adjudication_indicator, rationale FROM ncci_mue"
                        + " WHERE code = ANY (?)", codes, rs -> new EditTables.Mue(rs.getString(1), rs.getInt(2),
                                rs.getString(3), rs.getString(4))),
                EditTables.Mue::code);
        this.addOns = new RowsByCode<>(versions.cache(RowsByCode::emptyMap, "ncci_add_on"),
                codes -> ofCodes("SELECT add_on_code, primary_code, edit_type FROM ncci_add_on"
                        + " WHERE add_on_code = ANY (?)", codes,
                        rs -> new EditTables.AddOn(rs.getString(1), rs.getString(2), rs.getString(3))),
                EditTables.AddOn::addOnCode);
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
        List<EditTables.AgeSexRule> ageSex = sql.list("SELECT id, range_from, range_to, sex, min_age, max_age,"
                + " severity, label FROM dx_age_sex_rule ORDER BY id", Sql.NONE, rs -> new EditTables.AgeSexRule(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
                        Severity.valueOf(rs.getString(7)), rs.getString(8)));
        List<EditTables.FirstListedRule> first = sql.list("SELECT range_from, range_to, reason"
                + " FROM dx_first_listed_rule", Sql.NONE, rs -> new EditTables.FirstListedRule(rs.getString(1),
                        rs.getString(2), rs.getString(3)));
        return new Rules(ageSex, first);
    }

    /** The rows of a query whose one parameter is the set of codes (a {@code text[]}). */
    private <T> List<T> ofCodes(String query, Set<String> codes, Sql.Reader<T> reader) {
        return sql.list(query, row -> row.strings(codes), reader);
    }
}
