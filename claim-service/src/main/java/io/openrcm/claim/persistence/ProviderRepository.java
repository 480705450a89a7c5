package io.openrcm.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code provider} table. */
@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<ProviderEntity, String> {
}
