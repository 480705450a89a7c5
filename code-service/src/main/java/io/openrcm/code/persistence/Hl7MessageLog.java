package io.openrcm.code.persistence;

import io.openrcm.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The ACK given to each HL7 v2 message, by sending application, facility and control id; must run in a transaction. */
@ApplicationScoped
public class Hl7MessageLog {

    /** Name of the primary key, as created by the Flyway migration: a concurrent twin fails on it. */
    public static final String KEY_CONSTRAINT = "pk_hl7_message";

    private final Sql sql;

    @Inject
    public Hl7MessageLog(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** The ACK answered to that message, if it was received before. */
    public Optional<String> ackOf(String application, String facility, String controlId) {
        return sql.first("SELECT ack FROM hl7_message WHERE sending_application = ? AND sending_facility = ?"
                + " AND control_id = ?", row -> row.string(application).string(facility).string(controlId),
                rs -> rs.getString(1));
    }

    /** Records the ACK of a message, at once, so that a concurrent twin fails here, on the key. */
    public void record(String application, String facility, String controlId, String ackCode, String ack,
            UUID encounterId, Instant at) {
        sql.update("INSERT INTO hl7_message (sending_application, sending_facility, control_id, ack_code, ack,"
                + " encounter_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)", row -> row.string(application)
                        .string(facility).string(controlId).string(ackCode).string(ack).uuid(encounterId).instant(at));
    }
}
