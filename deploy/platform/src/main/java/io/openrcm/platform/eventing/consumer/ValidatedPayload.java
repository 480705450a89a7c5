package io.openrcm.platform.eventing.consumer;

import java.util.List;

/**
 * A payload record that can tell what is wrong with itself; the platform asks before the handler runs and
 * dead-letters the event when the answer is not empty.
 */
public interface ValidatedPayload {

    /**
     * Every problem, each naming the field (such as {@code patient.birthDate is not a date}); empty when usable.
     * Never the field's value: payloads carry patient data, and the reasons go to logs and dead-letter headers.
     */
    List<String> violations();
}
