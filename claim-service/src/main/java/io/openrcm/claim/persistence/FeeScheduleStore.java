package io.openrcm.claim.persistence;

import io.openrcm.claim.domain.FeeScheduleRow;
import io.openrcm.kernel.Money;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Stores and loads fee schedules: the default one (null NPI) and each provider's own. */
@ApplicationScoped
public class FeeScheduleStore {

    private static final Sort ORDER = Sort.ascending("code").and("modifier", Sort.NullPrecedence.NULLS_FIRST)
            .and("effectiveFrom");

    private final FeeScheduleRowRepository rows;
    private final ReferenceVersions references;
    private final ReferenceCache<Map<String, List<FeeScheduleRow>>> byCode;

    @Inject
    public FeeScheduleStore(FeeScheduleRowRepository rows, ReferenceVersions references) {
        this.rows = rows;
        this.references = references;
        // Every schedule, by code: each claim line prices from memory until a schedule changes.
        this.byCode = references.cache(() -> rows.listAll().stream().map(FeeScheduleStore::toDomain)
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
        references.changed("fee_schedule_row");
    }

    private static FeeScheduleRow toDomain(FeeScheduleRowEntity e) {
        return new FeeScheduleRow(e.billingProviderNpi, e.code, e.modifier, e.effectiveFrom, e.effectiveTo,
                Money.of(e.charge));
    }
}
