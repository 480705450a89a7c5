package io.openrcm.claim.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The {@code submission} table; read and written through {@link SubmissionStore}. */
@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<SubmissionEntity, UUID> {
}
