package io.openrcm.claim.persistence;

import io.openrcm.x12.ControlNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** ISA13/GS06 control numbers from the database sequence {@code x12_control_number} (1 to 999999999, cycling). */
@ApplicationScoped
public class X12ControlNumberSequence implements ControlNumbers {

    private final DataSource dataSource;

    @Inject
    public X12ControlNumberSequence(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int next() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT nextval('x12_control_number')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the next X12 control number", e);
        }
    }
}
