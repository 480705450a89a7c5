package io.openrcm.claim.persistence;

import io.openrcm.claim.application.Payer;
import io.openrcm.claim.application.PayerSubmission;
import io.openrcm.claim.application.Provider;
import io.openrcm.claim.domain.ProviderFacts;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Stores and loads payers and providers (JDBC): maps their rows to the application's records and back. Both tables
 * are held in memory until one of them changes (see {@link ReferenceVersions}): the intake and the submission read
 * them for every claim.
 */
@ApplicationScoped
public class ReferenceDataStore {

    private static final String PAYERS = "SELECT payer_id, name, claim_filing_indicator, timely_filing_days,"
            + " receiver_id, receiver_qualifier, edi_payer_id, auto_submit, usage_indicator, scrub_rules, updated_at"
            + " FROM payer ORDER BY payer_id";
    private static final String UPDATE_PAYER = "UPDATE payer SET name = ?, claim_filing_indicator = ?,"
            + " timely_filing_days = ?, receiver_id = ?, receiver_qualifier = ?, edi_payer_id = ?, auto_submit = ?,"
            + " usage_indicator = ?, scrub_rules = ?, updated_at = ? WHERE payer_id = ?";
    private static final String INSERT_PAYER = "INSERT INTO payer (name, claim_filing_indicator, timely_filing_days,"
            + " receiver_id, receiver_qualifier, edi_payer_id, auto_submit, usage_indicator, scrub_rules, updated_at,"
            + " payer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PROVIDERS = "SELECT npi, name, tax_id, taxonomy_code, address_line1, address_line2,"
            + " city, state, postal_code, updated_at FROM provider ORDER BY npi";
    private static final String UPDATE_PROVIDER = "UPDATE provider SET name = ?, tax_id = ?, taxonomy_code = ?,"
            + " address_line1 = ?, address_line2 = ?, city = ?, state = ?, postal_code = ?, updated_at = ?"
            + " WHERE npi = ?";
    private static final String INSERT_PROVIDER = "INSERT INTO provider (name, tax_id, taxonomy_code, address_line1,"
            + " address_line2, city, state, postal_code, updated_at, npi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Sql sql;
    private final ReferenceVersions references;
    private final ReferenceCache<Map<String, Payer>> payerCache;
    private final ReferenceCache<Map<String, Provider>> providerCache;

    @Inject
    public ReferenceDataStore(DataSource dataSource, ReferenceVersions references) {
        this.sql = new Sql(dataSource);
        this.references = references;
        this.payerCache = references.cache(() -> byKey(sql.list(PAYERS, Sql.NONE, ReferenceDataStore::toPayer),
                Payer::payerId), "payer");
        this.providerCache = references.cache(() -> byKey(sql.list(PROVIDERS, Sql.NONE,
                ReferenceDataStore::toProvider), p -> p.facts().npi()), "provider");
    }

    /** Every payer, by payer id. */
    public List<Payer> payers() {
        return List.copyOf(payerCache.get().values());
    }

    public Optional<Payer> payer(String payerId) {
        return Optional.ofNullable(payerCache.get().get(payerId));
    }

    /**
     * True when the payer is known. A miss compares the versions at once, so an encounter is not refused for a payer
     * another instance created a moment ago (the intake asks this before anything else).
     */
    public boolean hasPayer(String payerId) {
        return payerCache.get().containsKey(payerId) || payerCache.getChecked().containsKey(payerId);
    }

    /**
     * Creates or replaces a payer.
     *
     * @return true when it was created
     */
    public boolean save(Payer payer) {
        PayerSubmission submission = payer.submission();
        Sql.Params params = row -> row.string(payer.name()).string(payer.claimFilingIndicator())
                .integer(payer.timelyFilingDays()).string(submission.receiverId())
                .string(submission.receiverQualifier()).string(submission.ediPayerId()).bool(submission.autoSubmit())
                .string(submission.usageIndicator()).string(PayerRulesJson.write(payer.scrubRules()))
                .instant(payer.updatedAt()).string(payer.payerId());
        boolean created = sql.update(UPDATE_PAYER, params) == 0;
        if (created) {
            sql.update(INSERT_PAYER, params);
        }
        references.changed("payer");
        return created;
    }

    /** Every provider, by NPI. */
    public List<Provider> providers() {
        return List.copyOf(providerCache.get().values());
    }

    public Optional<Provider> provider(String npi) {
        return Optional.ofNullable(providerCache.get().get(npi));
    }

    /** True when the provider is known; a miss compares the versions at once, as {@link #hasPayer} does. */
    public boolean hasProvider(String npi) {
        return providerCache.get().containsKey(npi) || providerCache.getChecked().containsKey(npi);
    }

    /**
     * Creates or replaces a provider.
     *
     * @return true when it was created
     */
    public boolean save(Provider provider) {
        ProviderFacts f = provider.facts();
        Sql.Params params = row -> row.string(f.name()).string(f.taxId()).string(f.taxonomyCode())
                .string(f.addressLine1()).string(f.addressLine2()).string(f.city()).string(f.state())
                .string(f.postalCode()).instant(provider.updatedAt()).string(f.npi());
        boolean created = sql.update(UPDATE_PROVIDER, params) == 0;
        if (created) {
            sql.update(INSERT_PROVIDER, params);
        }
        references.changed("provider");
        return created;
    }

    // Ordered by key, as the lists were sorted by the query.
    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return Collections.unmodifiableMap(map);
    }

    private static Payer toPayer(ResultSet rs) throws SQLException {
        return new Payer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                new PayerSubmission(rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getString(9)), PayerRulesJson.read(rs.getString(10)), Sql.instant(rs, 11));
    }

    private static Provider toProvider(ResultSet rs) throws SQLException {
        return new Provider(new ProviderFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                Sql.instant(rs, 10));
    }
}
