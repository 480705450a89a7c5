package io.openrcm.platform.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.platform.problem.ProblemException;
import io.openrcm.platform.problem.Violation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A connection as an administrator writes it: every wrong field named, a key's content refused, paths kept. */
class ConnectionRequestTest {

    private static ConnectionRequest request(String privateKeyFile, String inbound) {
        return new ConnectionRequest("sftp.example.org", 22, "provider", privateKeyFile, "/keys/host_key.pub",
                inbound, "/outbound", "/outbound/archive", "/outbound/failed", 5000L, true);
    }

    @Test
    void aWellFormedRequestBecomesTheConnection() {
        Connection c = request("/keys/id_ecdsa", "/inbound").toConnection("acme-clearinghouse");
        assertThat(c.privateKeyFile()).isEqualTo("/keys/id_ecdsa");
        assertThat(c.pollEvery()).isEqualTo(Duration.ofSeconds(5));
        assertThat(ConnectionRequest.View.of(c).pollEveryMillis()).isEqualTo(5000);
    }

    @Test
    void aPrivateKeyItselfIsRefusedAndNothingIsMade() {
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\n-----END OPENSSH PRIVATE KEY-----";
        assertThatThrownBy(() -> request(key, "inbound").toConnection("acme"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().violations())
                        .extracting(Violation::pointer).containsExactlyInAnyOrder("/privateKeyFile", "/inboundFolder"));
    }

    @Test
    void withoutAFileNamingRuleTheConnectionNamesFilesAsBefore() {
        Connection c = request("/keys/id_ecdsa", "/inbound").toConnection("acme");
        assertThat(c.fileNaming()).isEqualTo(FileNaming.DEFAULT);
        assertThat(c.fileName(42, "AETNA")).isEqualTo("000000042-AETNA.837");
        assertThat(ConnectionRequest.View.of(c).fileNaming()).isEqualTo("{isa13}-{payer}.837");
    }

    @Test
    void aFileNamingRuleNamesTheUploadedFiles() {
        Connection c = withNaming("OPENRCM_{payer}_{isa13}.x12").toConnection("acme");
        assertThat(c.fileName(7, "BLUE CROSS")).isEqualTo("OPENRCM_BLUE_CROSS_000000007.x12");
    }

    @Test
    void aFileNamingRuleThatCannotNameFilesIsA400NamingTheField() {
        for (String bad : new String[] {"{payer}.837", "{isa13}-{claim}.837", "../{isa13}.837", "in/{isa13}.837",
                "{isa13}.837.part", ".{isa13}", " "}) {
            assertThatThrownBy(() -> withNaming(bad).toConnection("acme")).as(bad)
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().violations())
                            .extracting(Violation::pointer).containsExactly("/fileNaming"));
        }
    }

    private static ConnectionRequest withNaming(String naming) {
        return new ConnectionRequest("sftp.example.org", 22, "provider", "/keys/id_ecdsa", "/keys/host_key.pub",
                "/inbound", "/outbound", "/outbound/archive", "/outbound/failed", 5000L, true, naming);
    }
}
