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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Stores and reads the suggestions and the audit trail of encounters. */
@ApplicationScoped
public class CodingRecords {

    private final EntityManager em;

    @Inject
    public CodingRecords(EntityManager em) {
        this.em = em;
    }

    /** Replaces the suggestions of an encounter. */
    public void saveSuggestions(UUID encounterId, List<CodeSuggestion> suggestions) {
        em.createNativeQuery("DELETE FROM coding_suggestion WHERE encounter_id = :id").setParameter("id", encounterId)
                .executeUpdate();
        for (CodeSuggestion s : suggestions) {
            em.createNativeQuery("INSERT INTO coding_suggestion (encounter_id, target, position, rank, system, code, "
                    + "title, confidence) VALUES (:id, :target, :position, :rank, :system, :code, :title, :conf)")
                    .setParameter("id", encounterId).setParameter("target", s.target())
                    .setParameter("position", s.position()).setParameter("rank", s.rank())
                    .setParameter("system", s.code().system().name()).setParameter("code", s.code().code())
                    .setParameter("title", s.title().length() > 500 ? s.title().substring(0, 500) : s.title())
                    .setParameter("conf", BigDecimal.valueOf(s.confidence()).setScale(4, RoundingMode.HALF_UP))
                    .executeUpdate();
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
