package io.openrcm.code.support;

import io.agroal.api.AgroalDataSource;
import io.openrcm.platform.eventing.Topics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts rows straight from the database, so tests check what was stored rather than what the API says. */
public final class Rows {

    /** The tables an encounter request writes to. */
    public static final List<String> ENCOUNTER_TABLES = List.of("encounter", "encounter_diagnosis",
            "encounter_service_line", "outbox_event");

    private Rows() {
    }

    /** Row counts of the tables an encounter request writes to. */
    public static Map<String, Long> counts(AgroalDataSource db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : ENCOUNTER_TABLES) {
            // The audit trail's own outbox rows (every request is audited) are not events of the encounter.
            counts.put(table, count(db, "SELECT count(*) FROM " + table + ("outbox_event".equals(table)
                    ? " WHERE topic <> '" + Topics.AUDIT_RECORDED + "'" : "")));
        }
        return counts;
    }

    /** The single number a counting query returns. */
    public static long count(AgroalDataSource db, String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Encounters stored for an EHR encounter id. */
    public static long encountersFor(AgroalDataSource db, String ehrEncounterId) {
        return count(db, "SELECT count(*) FROM encounter WHERE ehr_encounter_id = ?", ehrEncounterId);
    }

    /** Outbox events written for an aggregate. */
    public static long eventsFor(AgroalDataSource db, String aggregateId) {
        return count(db, "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", aggregateId);
    }

    /** The payload of the one outbox event of an aggregate. */
    public static String payloadOf(AgroalDataSource db, String aggregateId) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT payload FROM outbox_event WHERE aggregate_id = ?")) {
            ps.setString(1, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
