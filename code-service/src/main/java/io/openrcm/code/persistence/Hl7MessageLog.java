package io.openrcm.code.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ACK given to each HL7 v2 message, by sending application, facility and control id; must run in a transaction. */
@ApplicationScoped
public class Hl7MessageLog {

    /** Name of the primary key, as created by the Flyway migration: a concurrent twin fails on it. */
    public static final String KEY_CONSTRAINT = "pk_hl7_message";

    private final EntityManager em;

    @Inject
    public Hl7MessageLog(EntityManager em) {
        this.em = em;
    }

    /** The ACK answered to that message, if it was received before. */
    public Optional<String> ackOf(String application, String facility, String controlId) {
        List<?> rows = em.createNativeQuery("SELECT ack FROM hl7_message WHERE sending_application = :app"
                + " AND sending_facility = :facility AND control_id = :control")
                .setParameter("app", application).setParameter("facility", facility)
                .setParameter("control", controlId).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** Records the ACK of a message; flushed at once so that a concurrent twin fails here, on the key. */
    public void record(String application, String facility, String controlId, String ackCode, String ack,
            UUID encounterId, Instant at) {
        em.createNativeQuery("INSERT INTO hl7_message (sending_application, sending_facility, control_id, ack_code,"
                + " ack, encounter_id, received_at) VALUES (:app, :facility, :control, :code, :ack, :encounter, :at)")
                .unwrap(NativeQuery.class)
                .setParameter("app", application).setParameter("facility", facility)
                .setParameter("control", controlId).setParameter("code", ackCode).setParameter("ack", ack)
                .setParameter("encounter", encounterId, UUID.class).setParameter("at", Timestamp.from(at)).executeUpdate();
    }
}
