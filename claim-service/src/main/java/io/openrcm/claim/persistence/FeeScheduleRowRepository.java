package io.openrcm.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code fee_schedule_row} table; read and written through {@link FeeScheduleStore}. */
@ApplicationScoped
public class FeeScheduleRowRepository implements PanacheRepositoryBase<FeeScheduleRowEntity, Long> {
}
