package io.openrcm.reimbursement.persistence;

import io.openrcm.kernel.Money;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import io.openrcm.reimbursement.domain.PayerContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Stores payer contracts ({@code payer_contract}) and finds the rate in effect. */
@ApplicationScoped
public class PayerContractStore {

    private static final String COLUMNS = "SELECT id, payer_id, code, modifier, expected_allowed, effective_from,"
            + " effective_to FROM payer_contract";

    private record Key(String payerId, String code, String modifier) {
    }

    private final Sql sql;
    private final ReferenceVersions references;
    private final ReferenceCache<Map<Key, List<PayerContract>>> byKey;

    @Inject
    public PayerContractStore(DataSource dataSource, ReferenceVersions references) {
        this.sql = new Sql(dataSource);
        this.references = references;
        // Every contract line, latest start first per payer, code and modifier: each posted line rates from memory.
        this.byKey = references.cache(() -> list(null).stream()
                .sorted(Comparator.comparing(PayerContract::effectiveFrom).reversed())
                .collect(Collectors.groupingBy(c -> new Key(c.payerId(), c.code(), c.modifier()))), "payer_contract");
    }

    /** True when a contract for the same payer, code, modifier and start exists. */
    public boolean exists(String payerId, String code, String modifier, LocalDate effectiveFrom) {
        return sql.count("SELECT count(*) FROM payer_contract WHERE payer_id = ? AND code = ? AND modifier = ?"
                + " AND effective_from = ?", row -> row.string(payerId).string(code).string(modifier)
                .date(effectiveFrom)) > 0;
    }

    /** Inserts the contract line at once: one with the same payer, code, modifier and start fails here. */
    public void insert(PayerContract c, Instant createdAt) {
        sql.update("INSERT INTO payer_contract (id, payer_id, code, modifier, expected_allowed, effective_from,"
                + " effective_to, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row -> row.uuid(c.id())
                .string(c.payerId()).string(c.code()).string(c.modifier()).decimal(c.expectedAllowed().amount())
                .date(c.effectiveFrom()).date(c.effectiveTo()).instant(createdAt));
        references.changed("payer_contract");
    }

    /** The contracts of a payer (all payers when null, by payer first), by code, modifier and start. */
    public List<PayerContract> list(String payerId) {
        return payerId == null
                ? sql.list(COLUMNS + " ORDER BY payer_id, code, modifier, effective_from", Sql.NONE,
                        PayerContractStore::contract)
                : sql.list(COLUMNS + " WHERE payer_id = ? ORDER BY code, modifier, effective_from",
                        row -> row.string(payerId), PayerContractStore::contract);
    }

    /** The rate per unit in effect on the date for exactly this modifier ('' for the any-modifier rate). */
    public Optional<Money> rate(String payerId, String code, String modifier, LocalDate on) {
        return byKey.get().getOrDefault(new Key(payerId, code, modifier), List.of()).stream()
                .filter(c -> !c.effectiveFrom().isAfter(on) && (c.effectiveTo() == null
                        || !c.effectiveTo().isBefore(on)))
                .findFirst().map(PayerContract::expectedAllowed);
    }

    private static PayerContract contract(ResultSet rs) throws SQLException {
        return new PayerContract(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                Money.of(rs.getBigDecimal(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
    }
}
