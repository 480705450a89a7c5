package io.openrcm.reimbursement.application;

import io.openrcm.reimbursement.domain.X12Finding;
import io.openrcm.reimbursement.persistence.X12AcknowledgmentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keeps every 999 written with the remittances it acknowledged and the errors accepted with them; reads them. */
@ApplicationScoped
public class X12Acknowledgments {

    @Inject
    X12AcknowledgmentStore store;
    @Inject
    Clock clock;

    /**
     * Stores a 999 in one transaction with its links and each remittance's accepted errors.
     *
     * @param findings per remittance taken from the file, the errors accepted with it (empty when none)
     * @param postedBy the subject of the token that posted the file
     * @return the id to fetch the 999 with
     */
    @Transactional
    public UUID record(int controlNumber, String senderId, String code, String content,
            Map<UUID, List<X12Finding>> findings, String postedBy) {
        UUID id = UUID.randomUUID();
        store.insert(id, controlNumber, senderId, code, content, clock.instant(), postedBy);
        findings.forEach((remittanceId, found) -> {
            store.link(id, remittanceId);
            store.findings(remittanceId, found);
        });
        return id;
    }

    /** The 999 with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> content(UUID id) {
        return store.content(id);
    }

    /** Who posted the file the 999 answers and what it acknowledged; empty for an unknown id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Origin> origin(UUID id) {
        return store.origin(id).map(o -> new Origin(o.postedBy(), o.remittances()));
    }

    /**
     * Who posted the file a 999 answers (null when unknown) and the remittances it acknowledged (none for a refused
     * file).
     */
    public record Origin(String postedBy, List<UUID> remittances) {
    }

    /** The latest 999 that acknowledged the remittance. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> ofRemittance(UUID remittanceId) {
        return store.latestOf(remittanceId);
    }

    /** The X12 errors accepted with the remittance (999 IK5*E); empty for most. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<X12Finding> findingsOf(UUID remittanceId) {
        return store.findingsOf(remittanceId);
    }
}
