package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The payers' EDI identifiers (table payer_edi_identifier): which qualifier and identifier name which payer id. */
@ApplicationScoped
public class PayerEdiIdentifierStore {

    private record Key(String qualifier, String identifier) {
    }

    private final ReferenceCache<Map<Key, String>> byKey;

    @Inject
    public PayerEdiIdentifierStore(EntityManager em, ReferenceVersions references) {
        // The whole table, from memory: a few rows per payer, read again only when it changes.
        this.byKey = references.cache(() -> {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery(
                    "SELECT qualifier, identifier, payer_id FROM payer_edi_identifier", Tuple.class).getResultList();
            return rows.stream().collect(Collectors.toUnmodifiableMap(
                    r -> new Key(r.get("qualifier", String.class), r.get("identifier", String.class)),
                    r -> r.get("payer_id", String.class)));
        }, "payer_edi_identifier");
    }

    /** Our payer id for the identifier of this qualifier (TRN03, XV, PI, 2U...), if one is recorded. */
    public Optional<String> payerOf(String qualifier, String identifier) {
        return Optional.ofNullable(byKey.get().get(new Key(qualifier, identifier)));
    }
}
