package io.openrcm.code.persistence;

import io.openrcm.code.domain.Address;
import io.openrcm.code.domain.CodeRef;
import io.openrcm.code.domain.CodeSystem;
import io.openrcm.code.domain.CodedBy;
import io.openrcm.code.domain.Coverage;
import io.openrcm.code.domain.Diagnosis;
import io.openrcm.code.domain.Encounter;
import io.openrcm.code.domain.EncounterContent;
import io.openrcm.code.domain.EncounterKey;
import io.openrcm.code.domain.EncounterStatus;
import io.openrcm.code.domain.KnownEncounter;
import io.openrcm.code.domain.Patient;
import io.openrcm.code.domain.ServiceLine;
import io.openrcm.code.domain.Sex;
import io.openrcm.code.domain.Subscriber;
import io.openrcm.code.domain.edits.EditFinding;
import io.openrcm.code.domain.edits.Severity;
import io.openrcm.platform.persistence.Sql;
import io.openrcm.platform.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Stores and reads encounters with JDBC, speaking domain {@link Encounter}s to its callers; must run in a
 * transaction. An encounter is its {@code encounter} row and the rows of its findings, coverages, diagnoses and
 * service lines; the child rows of the encounters a query returns are read with one statement per table.
 */
@ApplicationScoped
public class EncounterRepository {

    /** Name of the unique constraint on the idempotency key (EHR encounter id, practice), as the migration made it. */
    public static final String EHR_ENCOUNTER_ID_CONSTRAINT = "uq_encounter_practice_ehr_encounter_id";

    private static final String SELECT = "SELECT " + EncounterInserts.COLUMNS + " FROM encounter";
    private static final String UPDATE = "UPDATE encounter SET (" + EncounterInserts.COLUMNS.substring(4)
            + ") = (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) WHERE id = ?";
    private static final String FINDINGS = "SELECT encounter_id, edit_id, severity, message, diagnosis_sequence,"
            + " line_number FROM encounter_finding WHERE encounter_id = ANY (?) ORDER BY encounter_id, position";
    private static final String COVERAGES = "SELECT encounter_id, payer_id, member_id, relationship,"
            + " subscriber_first_name, subscriber_last_name, subscriber_birth_date, subscriber_sex, address_line1,"
            + " address_line2, address_city, address_state, address_postal_code FROM encounter_coverage"
            + " WHERE encounter_id = ANY (?) ORDER BY encounter_id, position";
    private static final String DIAGNOSES = "SELECT encounter_id, sequence_number, code, text, coded_by"
            + " FROM encounter_diagnosis WHERE encounter_id = ANY (?) ORDER BY encounter_id, sequence_number";
    private static final String LINES = "SELECT encounter_id, line_number, code_system, code, text, modifier_1,"
            + " modifier_2, modifier_3, modifier_4, units, dx_pointer_1, dx_pointer_2, dx_pointer_3, dx_pointer_4,"
            + " coded_by FROM encounter_service_line WHERE encounter_id = ANY (?) ORDER BY encounter_id, line_number";
    private static final List<String> CONTENT_TABLES = List.of("encounter_coverage", "encounter_diagnosis",
            "encounter_service_line");

    private final EncounterInserts inserts;
    private final EncounterKeyLookup keyLookup;
    private final DataSource dataSource;
    private final Sql sql;

    @Inject
    public EncounterRepository(EncounterInserts inserts, EncounterKeyLookup keyLookup, DataSource dataSource) {
        this.inserts = inserts;
        this.keyLookup = keyLookup;
        this.dataSource = dataSource;
        this.sql = new Sql(dataSource);
    }

    /**
     * Inserts the encounters at once (one JDBC batch per table), so a concurrent insert of the same EHR encounter id
     * fails here, on {@link #EHR_ENCOUNTER_ID_CONSTRAINT}, before anything else happens in the transaction.
     */
    public void add(List<Encounter> encounters) {
        inserts.insert(encounters);
    }

    /**
     * Writes the new state of an encounter already stored, at once: its row, and the rows of its findings and of its
     * content (coverages, diagnoses, lines) replaced where they differ from the state it was read in.
     *
     * @param stored the encounter as this transaction read it
     * @param changed its new state
     */
    public void update(Encounter stored, Encounter changed) {
        if (sql.update(UPDATE, row -> {
            EncounterInserts.state(row, changed);
            row.uuid(changed.id());
        }) != 1) {
            throw new IllegalStateException("Encounter " + changed.id() + " is not stored");
        }
        boolean findings = !stored.findings().equals(changed.findings());
        boolean content = !stored.content().equals(changed.content());
        if (!findings && !content) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            List<Encounter> one = List.of(changed);
            if (findings) {
                delete("encounter_finding", changed.id());
                EncounterInserts.insertFindings(c, one);
            }
            if (content) {
                CONTENT_TABLES.forEach(table -> delete(table, changed.id()));
                EncounterInserts.insertContent(c, one);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the changes of encounter " + changed.id(), e);
        }
    }

    private void delete(String table, UUID encounterId) {
        sql.update("DELETE FROM " + table + " WHERE encounter_id = ?", row -> row.uuid(encounterId));
    }

    /**
     * The encounter with that id, its row locked until the transaction ends ({@code FOR NO KEY UPDATE}: other writers
     * of the row wait, inserts of rows that refer to it do not).
     */
    public Optional<Encounter> lock(UUID id) {
        return read(" WHERE id = ? FOR NO KEY UPDATE", row -> row.uuid(id)).stream().findFirst();
    }

    /** A page of the coder queue, oldest first, and how many match in all. */
    public QueuePage queue(List<String> statuses, String payerId, String reason, String claimedBy,
            Set<String> practices, int offset, int limit) {
        Where where = Where.of("status = ANY (?) AND billing_provider_npi = ANY (?)",
                row -> row.strings(statuses).strings(practices)).andEqualIfGiven("payer_id", payerId)
                .andEqualIfGiven("review_reason", reason).andEqualIfGiven("claimed_by", claimedBy);
        long total = sql.count("SELECT COUNT(*) FROM encounter WHERE " + where, where);
        List<Encounter> items = read(" WHERE " + where + " ORDER BY received_at, id LIMIT ? OFFSET ?", row -> {
            where.bind(row);
            row.integer(limit).integer(offset);
        });
        return new QueuePage(items, total);
    }

    /** Encounters of the queue and how many match. */
    public record QueuePage(List<Encounter> items, long total) {
    }

    /** The encounter with that id. */
    public Optional<Encounter> findEncounter(UUID id) {
        return read(" WHERE id = ?", row -> row.uuid(id)).stream().findFirst();
    }

    /** The encounter with that id if it is of one of the practices (billing-provider NPIs). */
    public Optional<Encounter> findEncounter(UUID id, Set<String> practices) {
        return read(" WHERE id = ? AND billing_provider_npi = ANY (?)", row -> row.uuid(id).strings(practices))
                .stream().findFirst();
    }

    /** The encounter created for that EHR encounter id if it is of one of the practices. */
    public Optional<Encounter> findByEhrEncounterId(String ehrEncounterId, Set<String> practices) {
        return read(" WHERE ehr_encounter_id = ? AND billing_provider_npi = ANY (?) LIMIT 1",
                row -> row.string(ehrEncounterId).strings(practices)).stream().findFirst();
    }

    /** The encounter this practice's EHR created under that id (the idempotency key); another practice's is not it. */
    public Optional<Encounter> findByKey(EncounterKey key) {
        return read(" WHERE ehr_encounter_id = ? AND billing_provider_npi = ?",
                row -> row.string(key.ehrEncounterId()).string(key.billingProviderNpi())).stream().findFirst();
    }

    /**
     * The encounters already stored under any of these keys, as far as deciding on a new request needs (id and
     * request fingerprint), by key; one statement whatever the number of keys.
     */
    public Map<EncounterKey, KnownEncounter> findKnown(Set<EncounterKey> keys) {
        return keyLookup.known(keys);
    }

    /** The encounters with these ids, by id; for the few a batch repeats. */
    public Map<UUID, Encounter> findEncounters(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return read(" WHERE id = ANY (?)", row -> row.uuids(ids)).stream()
                .collect(Collectors.toMap(Encounter::id, Function.identity()));
    }

    /** The encounters of the rows the condition (and order, limit or lock) after {@code FROM encounter} selects. */
    private List<Encounter> read(String rest, Sql.Params params) {
        List<Head> heads = sql.list(SELECT + rest, params, EncounterRepository::head);
        if (heads.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = heads.stream().map(Head::id).toList();
        Map<UUID, List<EditFinding>> findings = children(FINDINGS, ids, rs -> new EditFinding(rs.getString(2),
                Severity.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, Integer.class),
                rs.getObject(6, Integer.class)));
        Map<UUID, List<Coverage>> coverages = children(COVERAGES, ids, EncounterRepository::coverage);
        Map<UUID, List<Diagnosis>> diagnoses = children(DIAGNOSES, ids, rs -> new Diagnosis(rs.getInt(2),
                rs.getString(3), rs.getString(4), CodedBy.parse(rs.getString(5))));
        Map<UUID, List<ServiceLine>> lines = children(LINES, ids, EncounterRepository::line);
        List<Encounter> encounters = new ArrayList<>(heads.size());
        for (Head h : heads) {
            EncounterContent content = new EncounterContent(h.ehrEncounterId(), h.patient(), h.subscriberMemberId(),
                    h.payerId(), h.billingProviderNpi(), h.renderingProviderNpi(), h.dateOfService(),
                    h.placeOfService(), diagnoses.getOrDefault(h.id(), List.of()),
                    lines.getOrDefault(h.id(), List.of()), coverages.getOrDefault(h.id(), List.of()));
            encounters.add(new Encounter(h.id(), content, h.status(), h.correlationId(), h.requestHash(),
                    h.receivedAt(), h.codedAt(), findings.getOrDefault(h.id(), List.of()), h.reviewReason(),
                    h.claimedBy(), h.claimedAt()));
        }
        return encounters;
    }

    /** The rows of a child table for these encounters (its first column the encounter id), by encounter, in order. */
    private <T> Map<UUID, List<T>> children(String query, List<UUID> ids, Sql.Reader<T> reader) {
        return sql.groupedOverSet(query, row -> row.uuids(ids), rs -> rs.getObject(1, UUID.class), reader);
    }

    /** An encounter row read with {@link EncounterInserts#COLUMNS}. */
    private static Head head(ResultSet rs) throws SQLException {
        String line1 = rs.getString(8);
        Patient patient = new Patient(rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), Sex.valueOf(rs.getString(7)), line1 == null ? null
                        : new Address(line1, rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
        return new Head(rs.getObject(1, UUID.class), rs.getString(2), patient, rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getObject(17, LocalDate.class), rs.getString(18),
                EncounterStatus.valueOf(rs.getString(19)), rs.getString(20), rs.getString(21), Sql.instant(rs, 22),
                Sql.instant(rs, 23), rs.getString(24), rs.getString(25), Sql.instant(rs, 26));
    }

    private static Coverage coverage(ResultSet rs) throws SQLException {
        String sex = rs.getString(8);
        String line1 = rs.getString(9);
        Address address = line1 == null ? null
                : new Address(line1, rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
        return new Coverage(rs.getString(2), rs.getString(3), new Subscriber(rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), sex == null ? null : Sex.valueOf(sex), address));
    }

    /** A service line; its empty modifier and pointer slots are left out. */
    private static ServiceLine line(ResultSet rs) throws SQLException {
        String system = rs.getString(3);
        String code = rs.getString(4);
        List<String> modifiers = new ArrayList<>(4);
        for (int column = 6; column <= 9; column++) {
            String modifier = rs.getString(column);
            if (modifier != null) {
                modifiers.add(modifier);
            }
        }
        List<Integer> pointers = new ArrayList<>(4);
        for (int column = 11; column <= 14; column++) {
            Integer pointer = rs.getObject(column, Integer.class);
            if (pointer != null) {
                pointers.add(pointer);
            }
        }
        return new ServiceLine(rs.getInt(2), code == null ? null : new CodeRef(CodeSystem.valueOf(system), code),
                rs.getString(5), modifiers, rs.getInt(10), pointers, CodedBy.parse(rs.getString(15)));
    }

    /** The columns of an encounter row, before its child rows are read. */
    private record Head(UUID id, String ehrEncounterId, Patient patient, String subscriberMemberId, String payerId,
            String billingProviderNpi, String renderingProviderNpi, LocalDate dateOfService, String placeOfService,
            EncounterStatus status, String correlationId, String requestHash, Instant codedAt,
            Instant receivedAt, String reviewReason, String claimedBy, Instant claimedAt) {
    }
}
