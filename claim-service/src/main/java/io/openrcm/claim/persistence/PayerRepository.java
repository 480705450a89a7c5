package io.openrcm.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code payer} table. */
@ApplicationScoped
public class PayerRepository implements PanacheRepositoryBase<PayerEntity, String> {
}
