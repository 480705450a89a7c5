package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.JdbcBatch;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Stores and loads fee schedules: the default one (null NPI) and each provider's own; JDBC. */
@ApplicationScoped
public class FeeScheduleStore {

    private static final String COLUMNS = "SELECT billing_provider_npi, code, modifier, effective_from, effective_to,"
            + " charge FROM fee_schedule_row";
    private static final String ORDER = " ORDER BY code, modifier NULLS FIRST, effective_from";
    private static final String ALL = COLUMNS + " ORDER BY id";
    private static final String DEFAULT_SCHEDULE = COLUMNS + " WHERE billing_provider_npi IS NULL" + ORDER;
    private static final String SCHEDULE = COLUMNS + " WHERE billing_provider_npi = ?" + ORDER;
    private static final String PROVIDERS = "SELECT DISTINCT billing_provider_npi FROM fee_schedule_row"
            + " WHERE billing_provider_npi IS NOT NULL ORDER BY 1";
    private static final String DELETE_DEFAULT = "DELETE FROM fee_schedule_row WHERE billing_provider_npi IS NULL";
    private static final String DELETE = "DELETE FROM fee_schedule_row WHERE billing_provider_npi = ?";
    private static final String INSERT = "INSERT INTO fee_schedule_row (billing_provider_npi, code, modifier,"
            + " effective_from, effective_to, charge) VALUES (?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Sql sql;
    private final ReferenceVersions references;
    private final ReferenceCache<Map<String, List<FeeScheduleRow>>> byCode;

    @Inject
    public FeeScheduleStore(DataSource dataSource, ReferenceVersions references) {
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
        this.references = references;
        // Every schedule, by code, in the order the rows were written: each claim line prices from memory until a
        // schedule changes.
        this.byCode = references.cache(() -> sql.list(ALL, Sql.NONE, FeeScheduleStore::row).stream()
                .collect(Collectors.groupingBy(FeeScheduleRow::code)), "fee_schedule_row");
    }

    /** The rows of the provider's schedule and of the default schedule that price the code on that date. */
    public List<FeeScheduleRow> candidates(String billingProviderNpi, String code, LocalDate date) {
        return byCode.get().getOrDefault(code, List.of()).stream()
                .filter(r -> r.billingProviderNpi() == null || r.billingProviderNpi().equals(billingProviderNpi))
                .filter(r -> !r.effectiveFrom().isAfter(date)
                        && (r.effectiveTo() == null || !r.effectiveTo().isBefore(date)))
                .toList();
    }

    /** Every row of one schedule; a null NPI is the default schedule. */
    public List<FeeScheduleRow> schedule(String billingProviderNpi) {
        return billingProviderNpi == null
                ? sql.list(DEFAULT_SCHEDULE, Sql.NONE, FeeScheduleStore::row)
                : sql.list(SCHEDULE, row -> row.string(billingProviderNpi), FeeScheduleStore::row);
    }

    /** The NPIs that have a schedule of their own. */
    public List<String> providersWithSchedules() {
        return sql.list(PROVIDERS, Sql.NONE, rs -> rs.getString(1));
    }

    /**
     * Replaces every row of one schedule (one delete, one batch of inserts); the caller's transaction makes it all or
     * nothing.
     */
    public void replace(String billingProviderNpi, List<FeeScheduleRow> schedule) {
        if (billingProviderNpi == null) {
            sql.update(DELETE_DEFAULT, Sql.NONE);
        } else {
            sql.update(DELETE, row -> row.string(billingProviderNpi));
        }
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, INSERT, schedule, (row, r) -> row.string(billingProviderNpi).string(r.code())
                    .string(r.modifier()).date(r.effectiveFrom()).date(r.effectiveTo()).decimal(r.charge().amount()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + schedule.size() + " fee schedule row(s)", e);
        }
        references.changed("fee_schedule_row");
    }

    private static FeeScheduleRow row(ResultSet rs) throws SQLException {
        return new FeeScheduleRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), Money.of(rs.getBigDecimal(6)));
    }
}
