package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.kernel.Money;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The {@code fee_schedule_row} table: the default schedule (null NPI) and each provider's own. */
@ApplicationScoped
public class FeeScheduleRepository implements PanacheRepositoryBase<FeeScheduleRowEntity, Long> {

    private static final Sort ORDER = Sort.ascending("code").and("modifier", Sort.NullPrecedence.NULLS_FIRST)
            .and("effectiveFrom");

    /** The rows of the provider's schedule and of the default schedule that price the code on that date. */
    public List<FeeScheduleRow> candidates(String billingProviderNpi, String code, LocalDate date) {
        return list("code = ?1 and (billingProviderNpi is null or billingProviderNpi = ?2)"
                + " and effectiveFrom <= ?3 and (effectiveTo is null or effectiveTo >= ?3)",
                code, billingProviderNpi, date).stream().map(FeeScheduleRepository::toDomain).toList();
    }

    /** Every row of one schedule; a null NPI is the default schedule. */
    public List<FeeScheduleRow> schedule(String billingProviderNpi) {
        List<FeeScheduleRowEntity> rows = billingProviderNpi == null
                ? list("billingProviderNpi is null", ORDER)
                : list("billingProviderNpi", ORDER, billingProviderNpi);
        return rows.stream().map(FeeScheduleRepository::toDomain).toList();
    }

    /** The NPIs that have a schedule of their own. */
    public List<String> providersWithSchedules() {
        return getEntityManager().createQuery("select distinct r.billingProviderNpi from FeeScheduleRowEntity r"
                + " where r.billingProviderNpi is not null order by 1", String.class).getResultList();
    }

    /** Replaces every row of one schedule; the caller's transaction makes it all or nothing. */
    public void replace(String billingProviderNpi, List<FeeScheduleRow> rows) {
        if (billingProviderNpi == null) {
            delete("billingProviderNpi is null");
        } else {
            delete("billingProviderNpi", billingProviderNpi);
        }
        for (FeeScheduleRow row : rows) {
            FeeScheduleRowEntity e = new FeeScheduleRowEntity();
            e.billingProviderNpi = billingProviderNpi;
            e.code = row.code();
            e.modifier = row.modifier();
            e.effectiveFrom = row.effectiveFrom();
            e.effectiveTo = row.effectiveTo();
            e.charge = row.charge().amount();
            persist(e);
        }
    }

    private static FeeScheduleRow toDomain(FeeScheduleRowEntity e) {
        return new FeeScheduleRow(e.billingProviderNpi, e.code, e.modifier, e.effectiveFrom, e.effectiveTo,
                Money.of(e.charge));
    }
}
