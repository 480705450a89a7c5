package io.openrcm.platform.audit;

import io.openrcm.platform.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** SQL for the append-only {@code audit_record} table (platform migration V0_3): insert and the auditor's search. */
@ApplicationScoped
public class AuditRepository {

    private static final String COLUMNS = "audit_id, recorded_at, subject, username, client_id, roles, action,"
            + " resource_type, resource_id, patient_id, practice, outcome, http_status, correlation_id";

    private final DataSource dataSource;

    @Inject
    public AuditRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(List<AuditEvent> events) {
        String sql = "INSERT INTO audit_record (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, sql, events, (row, e) -> row.uuid(e.auditId()).instant(e.recordedAt())
                    .string(e.subject()).string(e.username()).string(e.clientId()).string(String.join(",", e.roles()))
                    .string(e.action()).string(e.resourceType()).string(e.resourceId()).string(e.patientId())
                    .string(e.practice()).string(e.outcome().name()).integer(e.httpStatus()).string(e.correlationId()));
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not write the audit record", ex);
        }
    }

    /** Records matching every filter given (null = any), newest first, one page. */
    public List<AuditEvent> search(AuditQuery q, String source) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_record WHERE true");
        List<Object> args = new ArrayList<>();
        condition(sql, args, " AND patient_id = ?", q.patientId());
        condition(sql, args, " AND action LIKE ?", q.action() == null ? null : q.action() + "%");
        condition(sql, args, " AND subject = ?", q.subject());
        condition(sql, args, " AND recorded_at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
        condition(sql, args, " AND recorded_at < ?", q.to() == null ? null : Timestamp.from(q.to()));
        sql.append(" AND (practice IS NULL");
        if (!q.practices().isEmpty()) {
            sql.append(" OR practice IN (").append(String.join(",", Collections.nCopies(q.practices().size(), "?")))
                    .append(")");
            args.addAll(q.practices());
        }
        sql.append(")");
        sql.append(" ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?");
        args.add(q.size());
        args.add((long) q.page() * q.size());
        List<AuditEvent> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs, source));
                }
            }
        }
        return events;
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }

    private static AuditEvent read(ResultSet rs, String source) throws SQLException {
        String roles = rs.getString("roles");
        int status = rs.getInt("http_status");
        Integer httpStatus = rs.wasNull() ? null : status;
        Instant at = rs.getTimestamp("recorded_at").toInstant();
        return new AuditEvent(rs.getObject("audit_id", UUID.class), at, source, rs.getString("subject"),
                rs.getString("username"), rs.getString("client_id"),
                roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), rs.getString("action"),
                rs.getString("resource_type"), rs.getString("resource_id"), rs.getString("patient_id"),
                rs.getString("practice"), AuditOutcome.valueOf(rs.getString("outcome")), httpStatus,
                rs.getString("correlation_id"));
    }
}
