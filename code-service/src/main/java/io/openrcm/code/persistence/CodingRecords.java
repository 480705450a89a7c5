package io.openrcm.code.persistence;

import io.openrcm.code.domain.AuditEntry;
import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSuggestion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.platform.persistence.JdbcBatch;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** Stores and reads the suggestions and the audit trail of encounters. */
@ApplicationScoped
public class CodingRecords {

    private static final String SUGGESTION = "INSERT INTO coding_suggestion (encounter_id, target, position, rank,"
            + " system, code, title, confidence) VALUES (?,?,?,?,?,?,?,?)";
    private static final String AUDIT = "INSERT INTO coding_audit (encounter_id, actor, action, at, before_state,"
            + " after_state) VALUES (?,?,?,?,?,?)";

    private final DataSource dataSource;
    private final Sql sql;

    @Inject
    public CodingRecords(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
    }

    /**
     * The suggestions made for new encounters (which have none yet), by encounter, with one JDBC batch on the
     * transaction's connection instead of a statement per suggestion.
     */
    public void addSuggestions(Map<UUID, List<CodeSuggestion>> byEncounter) {
        List<JdbcBatch.Child<Map.Entry<UUID, List<CodeSuggestion>>, CodeSuggestion>> rows =
                JdbcBatch.children(byEncounter.entrySet(), Map.Entry::getValue);
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, SUGGESTION, rows, (row, child) -> {
                CodeSuggestion s = child.value();
                row.uuid(child.parent().getKey()).string(s.target()).integer(s.position()).integer(s.rank())
                        .string(s.code().system().name()).string(s.code().code())
                        .string(s.title().length() > 500 ? s.title().substring(0, 500) : s.title())
                        .decimal(BigDecimal.valueOf(s.confidence()).setScale(4, RoundingMode.HALF_UP));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the suggestions of " + byEncounter.size()
                    + " encounter(s)", e);
        }
    }

    /** One audit entry for each of these new encounters, in the map's order, with one JDBC batch. */
    public void auditNew(Map<UUID, AuditEntry> byEncounter) {
        if (byEncounter.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, AUDIT, byEncounter.entrySet(), (row, e) -> row.uuid(e.getKey())
                    .string(e.getValue().actor()).string(e.getValue().action()).instant(e.getValue().at())
                    .string(e.getValue().before()).string(e.getValue().after()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not audit " + byEncounter.size() + " encounter(s)", e);
        }
    }

    /** The suggestions of an encounter, by target, position and rank. */
    public List<CodeSuggestion> suggestions(UUID encounterId) {
        return sql.list("SELECT target, position, rank, system, code, title, confidence FROM coding_suggestion"
                + " WHERE encounter_id = ? ORDER BY target, position, rank", row -> row.uuid(encounterId),
                rs -> new CodeSuggestion(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        new CodeRef(CodeSystem.valueOf(rs.getString(4)), rs.getString(5)), rs.getString(6),
                        rs.getBigDecimal(7).doubleValue()));
    }

    /** Appends to the audit trail. */
    public void audit(UUID encounterId, String actor, String action, Instant at, String before, String after) {
        sql.update(AUDIT, row -> row.uuid(encounterId).string(actor).string(action).instant(at).string(before)
                .string(after));
    }

    /** The audit trail of an encounter, oldest first. */
    public List<AuditEntry> auditTrail(UUID encounterId) {
        return sql.list("SELECT actor, action, at, before_state, after_state FROM coding_audit"
                + " WHERE encounter_id = ? ORDER BY id", row -> row.uuid(encounterId), rs -> new AuditEntry(
                        rs.getString(1), rs.getString(2), Sql.instant(rs, 3), rs.getString(4), rs.getString(5)));
    }
}
