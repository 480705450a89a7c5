package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.persistence.JdbcBatch;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.reimbursement.domain.ClaimPaymentPosting;
import io.openrcm.reimbursement.domain.LedgerLine;
import io.openrcm.reimbursement.domain.PostingStatus;
import io.openrcm.reimbursement.domain.ServiceLinePayment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Writes claim payments with plain JDBC in the caller's transaction: new ones with one batched insert per table
 * (claim payments, their adjustments, service lines, line adjustments, ledger entries), sent as multi-row INSERTs;
 * the posting of a stored one as updates of its row and its lines, and its ledger entries.
 */
@ApplicationScoped
public class PostingWriter {

    private static final String PAYMENT = "INSERT INTO claim_payment (" + PostingRows.PAYMENT_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LINE = "INSERT INTO claim_payment_line (" + PostingRows.LINE_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String CLAIM_ADJUSTMENT = "INSERT INTO claim_adjustment (claim_payment_id, seq, group_code,"
            + " reason_code, amount) VALUES (?, ?, ?, ?, ?)";
    private static final String LINE_ADJUSTMENT = "INSERT INTO claim_line_adjustment (line_id, seq, group_code,"
            + " reason_code, amount) VALUES (?, ?, ?, ?, ?)";
    private static final String LINE_STATE = "UPDATE claim_payment_line SET line_number = ?, denial_category = ?,"
            + " expected_allowed = ?, underpaid_amount = ? WHERE claim_payment_id = ? AND line_index = ?";
    private static final String LEDGER = "INSERT INTO ledger_entry (id, claim_payment_id, line_no, claim_id,"
            + " entry_type, category, group_code, reason_code, amount, line_index, posted_at)"
            + " VALUES (nextval('ledger_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final Sql sql;

    @Inject
    public PostingWriter(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
    }

    /**
     * Inserts claim payments just received, with their adjustments and lines, and the ledger entries of those posted.
     */
    public void insertAll(List<ClaimPaymentPosting> postings) {
        if (postings.isEmpty()) {
            return;
        }
        List<PostingRows.NewLine> lines = new ArrayList<>();
        for (ClaimPaymentPosting p : postings) {
            for (int i = 0; i < p.payment().lines().size(); i++) {
                lines.add(new PostingRows.NewLine(UUID.randomUUID(), p, i));
            }
        }
        try (Connection c = dataSource.getConnection()) {
            JdbcBatch.execute(c, PAYMENT, postings, PostingRows::bindPayment);
            JdbcBatch.execute(c, CLAIM_ADJUSTMENT, JdbcBatch.children(postings, p -> p.payment().adjustments()),
                    (row, a) -> PostingRows.bindAdjustment(row, a.parent().id(), a.position(), a.value()));
            JdbcBatch.execute(c, LINE, lines, PostingRows::bindLine);
            JdbcBatch.execute(c, LINE_ADJUSTMENT, JdbcBatch.children(lines, l -> l.line().adjustments()),
                    (row, a) -> PostingRows.bindAdjustment(row, a.parent().id(), a.position(), a.value()));
            appendLedger(c, postings);
        } catch (SQLException e) {
            throw new JdbcFailure("inserting claim payments", e);
        }
    }

    /**
     * Records the posting of a stored claim payment: its state and what posting decided on its row and on each of its
     * lines, then its ledger entries.
     *
     * @throws IllegalStateException when no such claim payment is stored
     */
    public void update(ClaimPaymentPosting posting) {
        int updated = sql.update("UPDATE claim_payment SET " + PostingRows.stateColumns(posting) + " WHERE id = ?",
                row -> {
                    PostingRows.bindState(row, posting);
                    row.uuid(posting.id());
                });
        if (updated == 0) {
            throw new IllegalStateException("Claim payment " + posting.id() + " is not stored");
        }
        try (Connection c = dataSource.getConnection()) {
            if (posting.enrichment() != null) {
                List<ServiceLinePayment> lines = posting.payment().lines();
                JdbcBatch.execute(c, LINE_STATE, IntStream.range(0, lines.size()).boxed().toList(),
                        (row, index) -> PostingRows.bindLineState(row, posting, index));
            }
            appendLedger(c, List.of(posting));
        } catch (SQLException e) {
            throw new JdbcFailure("posting a stored claim payment", e);
        }
    }

    /** Appends the ledger entries of the posted ones among the postings; the others have none. */
    private static void appendLedger(Connection c, List<ClaimPaymentPosting> postings) throws SQLException {
        List<ClaimPaymentPosting> posted = postings.stream().filter(p -> p.status() == PostingStatus.POSTED).toList();
        JdbcBatch.execute(c, LEDGER, JdbcBatch.children(posted, ClaimPaymentPosting::ledger), (row, entry) -> {
            ClaimPaymentPosting p = entry.parent();
            LedgerLine l = entry.value();
            row.uuid(p.id());
            row.integer(entry.position());
            row.string(p.payment().claimId());
            row.string(l.type().name());
            row.string(l.category().name());
            row.string(l.group() == null ? null : l.group().name());
            row.string(l.reason());
            row.decimal(l.amount().amount());
            row.integer(l.lineIndex() < 0 ? null : l.lineIndex());
            row.instant(p.postedAt());
        });
    }
}
