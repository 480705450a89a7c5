package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.kernel.Money;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Stores and loads fee schedules: the default one (null NPI) and each provider's own. */
@ApplicationScoped
public class FeeScheduleStore {

    private static final Sort ORDER = Sort.ascending("code").and("modifier", Sort.NullPrecedence.NULLS_FIRST)
            .and("effectiveFrom");

    private final FeeScheduleRowRepository rows;

    @Inject
    public FeeScheduleStore(FeeScheduleRowRepository rows) {
        this.rows = rows;
    }

    /** The rows of the provider's schedule and of the default schedule that price the code on that date. */
    public List<FeeScheduleRow> candidates(String billingProviderNpi, String code, LocalDate date) {
        return rows.list("code = ?1 and (billingProviderNpi is null or billingProviderNpi = ?2)"
                + " and effectiveFrom <= ?3 and (effectiveTo is null or effectiveTo >= ?3)",
                code, billingProviderNpi, date).stream().map(FeeScheduleStore::toDomain).toList();
    }

    /** Every row of one schedule; a null NPI is the default schedule. */
    public List<FeeScheduleRow> schedule(String billingProviderNpi) {
        List<FeeScheduleRowEntity> found = billingProviderNpi == null
                ? rows.list("billingProviderNpi is null", ORDER)
                : rows.list("billingProviderNpi", ORDER, billingProviderNpi);
        return found.stream().map(FeeScheduleStore::toDomain).toList();
    }

    /** The NPIs that have a schedule of their own. */
    public List<String> providersWithSchedules() {
        return rows.getEntityManager().createQuery("select distinct r.billingProviderNpi from FeeScheduleRowEntity r"
                + " where r.billingProviderNpi is not null order by 1", String.class).getResultList();
    }

    /** Replaces every row of one schedule; the caller's transaction makes it all or nothing. */
    public void replace(String billingProviderNpi, List<FeeScheduleRow> schedule) {
        if (billingProviderNpi == null) {
            rows.delete("billingProviderNpi is null");
        } else {
            rows.delete("billingProviderNpi", billingProviderNpi);
        }
        for (FeeScheduleRow row : schedule) {
            FeeScheduleRowEntity e = new FeeScheduleRowEntity();
            e.billingProviderNpi = billingProviderNpi;
            e.code = row.code();
            e.modifier = row.modifier();
            e.effectiveFrom = row.effectiveFrom();
            e.effectiveTo = row.effectiveTo();
            e.charge = row.charge().amount();
            rows.persist(e);
        }
    }

    private static FeeScheduleRow toDomain(FeeScheduleRowEntity e) {
        return new FeeScheduleRow(e.billingProviderNpi, e.code, e.modifier, e.effectiveFrom, e.effectiveTo,
                Money.of(e.charge));
    }
}
