package io.openrcm.code.persistence;

import io.openrcm.code.domain.EncounterKey;
import io.openrcm.code.domain.KnownEncounter;
import io.openrcm.platform.persistence.SetLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The idempotency lookup of a batch of new encounters: which of its keys are already taken, by which encounter and
 * request fingerprint, in one statement on the transaction's connection. The arrays travel as parameters, so the SQL
 * text is the same for every batch size and the server reuses its prepared statement; only the four columns the
 * decision needs are read, no entity and none of its collections.
 */
@ApplicationScoped
public class EncounterKeyLookup {

    // Both arrays narrow through the unique index (ehr_encounter_id, billing_provider_npi); the exact pairs are
    // picked in memory, since an EHR id of one practice may come with another practice's NPI in the same batch.
    private static final String KNOWN = "SELECT ehr_encounter_id, billing_provider_npi, id, request_hash"
            + " FROM encounter WHERE ehr_encounter_id = ANY(?::text[]) AND billing_provider_npi = ANY(?::text[])";

    private final DataSource dataSource;

    @Inject
    public EncounterKeyLookup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The encounters stored under any of these keys, by key; keys nobody used yet are absent. */
    public Map<EncounterKey, KnownEncounter> known(Set<EncounterKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<String> ehrIds = new LinkedHashSet<>();
        Set<String> npis = new LinkedHashSet<>();
        for (EncounterKey key : keys) {
            ehrIds.add(key.ehrEncounterId());
            npis.add(key.billingProviderNpi());
        }
        Map<EncounterKey, KnownEncounter> found = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = SetLookup.prepare(c, KNOWN)) {
            ps.setArray(1, c.createArrayOf("text", ehrIds.toArray()));
            ps.setArray(2, c.createArrayOf("text", npis.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EncounterKey key = new EncounterKey(rs.getString(2), rs.getString(1));
                    if (keys.contains(key)) {
                        found.put(key, new KnownEncounter(rs.getObject(3, UUID.class), rs.getString(4)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up " + keys.size() + " encounter key(s)", e);
        }
        return found;
    }
}
