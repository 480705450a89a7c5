package io.openrcm.claim.persistence;

import io.openrcm.claim.application.StoredStatement;
import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Keeps generated statements, one per patient account and statement date; JDBC. */
@ApplicationScoped
public class PatientStatementStore {

    private static final String COLUMNS = "SELECT id, billing_provider_npi, patient_id, statement_date, amount_due,"
            + " claim_count, created_at";
    private static final String FIND = COLUMNS + " FROM patient_statement WHERE billing_provider_npi = ?"
            + " AND patient_id = ? AND statement_date = ?";
    private static final String WITH_PDF = COLUMNS + ", pdf FROM patient_statement WHERE id = ?";
    private static final String INSERT = "INSERT INTO patient_statement (id, billing_provider_npi, patient_id,"
            + " statement_date, amount_due, claim_count, pdf, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Sql sql;

    @Inject
    public PatientStatementStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
    }

    /** The statement generated for the account on that date, if any. */
    public Optional<StoredStatement> find(String practice, String patientId, LocalDate date) {
        return sql.first(FIND, row -> row.string(practice).string(patientId).date(date),
                PatientStatementStore::statement);
    }

    /** Stores a new statement at once (a concurrent run's twin fails here on the account and date). */
    public StoredStatement insert(String practice, String patientId, LocalDate date, Money amountDue,
            int claimCount, byte[] pdf, String actor, Instant at) {
        UUID id = UUID.randomUUID();
        // A plain statement: the PDF is bound as bytes, which the binder of Sql does not offer.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, id);
            ps.setString(2, practice);
            ps.setString(3, patientId);
            ps.setObject(4, date, Types.DATE);
            ps.setBigDecimal(5, amountDue.amount());
            ps.setInt(6, claimCount);
            ps.setBytes(7, pdf);
            ps.setString(8, actor);
            ps.setObject(9, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a statement", e);
        }
        return new StoredStatement(id, practice, patientId, date, amountDue, claimCount, at, true);
    }

    /** A stored statement and its PDF. */
    public Optional<StoredStatement.WithPdf> pdf(UUID id) {
        return sql.first(WITH_PDF, row -> row.uuid(id),
                rs -> new StoredStatement.WithPdf(statement(rs), rs.getBytes(8)));
    }

    private static StoredStatement statement(ResultSet rs) throws SQLException {
        return new StoredStatement(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), Money.of(rs.getBigDecimal(5)), rs.getInt(6), Sql.instant(rs, 7),
                false);
    }
}
