package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.reference.ReferenceCache;
import io.openrcm.platform.reference.ReferenceVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The payers' EDI identifiers (table payer_edi_identifier): which qualifier and identifier name which payer id. */
@ApplicationScoped
public class PayerEdiIdentifierStore {

    private record Key(String qualifier, String identifier) {
    }

    private final ReferenceCache<Map<Key, String>> byKey;

    @Inject
    public PayerEdiIdentifierStore(DataSource dataSource, ReferenceVersions references) {
        Sql sql = new Sql(dataSource);
        // The whole table, from memory: a few rows per payer, read again only when it changes.
        this.byKey = references.cache(() -> sql.list("SELECT qualifier, identifier, payer_id FROM payer_edi_identifier",
                Sql.NONE, rs -> Map.entry(new Key(rs.getString(1), rs.getString(2)), rs.getString(3))).stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)), "payer_edi_identifier");
    }

    /** Our payer id for the identifier of this qualifier (TRN03, XV, PI, 2U...), if one is recorded. */
    public Optional<String> payerOf(String qualifier, String identifier) {
        return Optional.ofNullable(byKey.get().get(new Key(qualifier, identifier)));
    }
}
