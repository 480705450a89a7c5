package io.openrcm.claim.persistence;

import io.openrcm.x12.ControlNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** ISA13/GS06 control numbers from the database sequence {@code x12_control_number} (1 to 999999999, cycling). */
@ApplicationScoped
public class X12ControlNumberSequence implements ControlNumbers {

    @Inject
    EntityManager em;

    @Override
    public int next() {
        return ((Number) em.createNativeQuery("SELECT nextval('x12_control_number')").getSingleResult()).intValue();
    }
}
