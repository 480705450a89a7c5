package io.openrcm.code.persistence;

import io.openrcm.code.domain.AuditEntry;
import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSuggestion;
import io.openrcm.code.domain.CodeSystem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        if (byEncounter.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SUGGESTION)) {
            for (Map.Entry<UUID, List<CodeSuggestion>> e : byEncounter.entrySet()) {
                for (CodeSuggestion s : e.getValue()) {
                    ps.setObject(1, e.getKey());
                    ps.setString(2, s.target());
                    ps.setInt(3, s.position());
                    ps.setInt(4, s.rank());
                    ps.setString(5, s.code().system().name());
                    ps.setString(6, s.code().code());
                    ps.setString(7, s.title().length() > 500 ? s.title().substring(0, 500) : s.title());
                    ps.setBigDecimal(8, BigDecimal.valueOf(s.confidence()).setScale(4, RoundingMode.HALF_UP));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
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
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(AUDIT)) {
            for (Map.Entry<UUID, AuditEntry> e : byEncounter.entrySet()) {
                AuditEntry a = e.getValue();
                ps.setObject(1, e.getKey());
                ps.setString(2, a.actor());
                ps.setString(3, a.action());
                ps.setObject(4, OffsetDateTime.ofInstant(a.at(), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(5, a.before());
                ps.setString(6, a.after());
                ps.addBatch();
            }
            ps.executeBatch();
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
