package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PostgresDatabasesTest {

    @Test
    void acceptsPlainLowerCaseNames() {
        PostgresDatabases.requireSafeName("claims");
        PostgresDatabases.requireSafeName("code_2");
    }

    @Test
    void rejectsNamesThatWouldNeedEscaping() {
        assertThatIllegalArgumentException().isThrownBy(() -> PostgresDatabases.requireSafeName("claims\"; drop database x; --"));
        assertThatIllegalArgumentException().isThrownBy(() -> PostgresDatabases.requireSafeName("Claims"));
        assertThatIllegalArgumentException().isThrownBy(() -> PostgresDatabases.requireSafeName(""));
        assertThatIllegalArgumentException().isThrownBy(() -> PostgresDatabases.requireSafeName(null));
    }

    @Test
    void appendsTheDatabaseToTheServerUrl() {
        assertThat(PostgresDatabases.jdbcUrl("jdbc:postgresql://db:5432", "code")).isEqualTo("jdbc:postgresql://db:5432/code");
        assertThat(PostgresDatabases.jdbcUrl("jdbc:postgresql://db:5432/", "code")).isEqualTo("jdbc:postgresql://db:5432/code");
    }
}
