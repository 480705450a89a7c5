package io.openrcm.reimbursement.persistence;

import io.openrcm.platform.persistence.Sql;
import io.openrcm.x12.ControlNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/** ISA13/GS06 control numbers of the 999s from the database sequence {@code x12_control_number}. */
@ApplicationScoped
public class X12ControlNumberSequence implements ControlNumbers {

    private final Sql sql;

    @Inject
    public X12ControlNumberSequence(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    @Override
    public int next() {
        return sql.one("SELECT nextval('x12_control_number')", Sql.NONE, rs -> rs.getInt(1));
    }
}
