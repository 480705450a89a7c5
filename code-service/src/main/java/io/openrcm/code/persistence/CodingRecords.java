package io.openrcm.code.persistence;

import io.openrcm.code.domain.AuditEntry;
import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSuggestion;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.platform.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    private final EntityManager em;
    private final DataSource dataSource;

    @Inject
    public CodingRecords(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
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
    @SuppressWarnings("unchecked")
    public List<CodeSuggestion> suggestions(UUID encounterId) {
        List<Object[]> rows = em.createNativeQuery("SELECT target, position, rank, system, code, title, confidence "
                + "FROM coding_suggestion WHERE encounter_id = :id ORDER BY target, position, rank")
                .setParameter("id", encounterId).getResultList();
        return rows.stream().map(r -> new CodeSuggestion((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), new CodeRef(CodeSystem.valueOf((String) r[3]), (String) r[4]),
                (String) r[5], ((Number) r[6]).doubleValue())).toList();
    }

    /** Appends to the audit trail. */
    public void audit(UUID encounterId, String actor, String action, Instant at, String before, String after) {
        em.createNativeQuery("INSERT INTO coding_audit (encounter_id, actor, action, at, before_state, after_state) "
                + "VALUES (:id, :actor, :action, :at, :before, :after)").setParameter("id", encounterId)
                .setParameter("actor", actor).setParameter("action", action).setParameter("at", Timestamp.from(at))
                .setParameter("before", before).setParameter("after", after).executeUpdate();
    }

    /** The audit trail of an encounter, oldest first. */
    @SuppressWarnings("unchecked")
    public List<AuditEntry> auditTrail(UUID encounterId) {
        List<Object[]> rows = em.createNativeQuery("SELECT actor, action, at, before_state, after_state "
                + "FROM coding_audit WHERE encounter_id = :id ORDER BY id").setParameter("id", encounterId)
                .getResultList();
        return rows.stream().map(r -> new AuditEntry((String) r[0], (String) r[1], instant(r[2]), (String) r[3],
                (String) r[4])).toList();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
