package io.openrcm.code.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openrcm.code.support.Hl7Messages;
import io.openrcm.infra.LocalCertificateAuthority;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MLLP over TLS: the listener takes only clients with a certificate of the configured CA, and the certificate's CN is
 * the EHR client that may send for its own facilities only; plain MLLP is refused on a non-loopback address.
 */
class MllpTlsTest {

    static final String PASSWORD = "test-only-password";

    Vertx vertx;
    Path dir;
    LocalCertificateAuthority ca;
    MllpServer server;

    @BeforeEach
    void setUp() throws Exception {
        vertx = Vertx.vertx();
        dir = Files.createTempDirectory(Path.of("target"), "mllp-tls");
        ca = LocalCertificateAuthority.openOrCreate(dir, PASSWORD);
    }

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.stop(null);
        }
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private MllpServer server(boolean tls, String host) {
        MllpServer s = new MllpServer();
        s.vertx = vertx;
        s.config = new TestConfig(tls, host, ca.keyStore("code-service").toString(), ca.caPem().toString());
        s.intake = new DecidingIntake(s.config);
        s.start(null);
        return s;
    }

    private String send(String keyStoreName, String er7) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ca.writeTrustStore())) {
            trust.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        if (keyStoreName != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(ca.keyStore(keyStoreName))) {
                keys.load(in, PASSWORD.toCharArray());
            }
            kmf.init(keys, PASSWORD.toCharArray());
        }
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(keyStoreName == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        try (SSLSocket socket = (SSLSocket) ssl.getSocketFactory().createSocket("127.0.0.1", server.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(0x0B);
            out.write(er7.getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {0x1C, 0x0D});
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream ack = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0x1C && b >= 0; b = in.read()) {
                if (b != 0x0B) {
                    ack.write(b);
                }
            }
            return ack.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aClientCertificateSendsForItsOwnFacilityOnly() throws Exception {
        server = server(true, "127.0.0.1");
        assertThat(send("lakeside-ehr", Hl7Messages.visit("T1", "V-T1").er7())).contains("MSA|AA|T1");
        String other = Hl7Messages.visit("T2", "V-T2").er7().replace("|EPIC|LAKESIDE|", "|EPIC|PRAIRIE|");
        assertThat(send("lakeside-ehr", other)).contains("MSA|AR|T2").contains("MSH^1^4");
    }

    @Test
    void withoutAClientCertificateNothingIsAnswered() {
        server = server(true, "127.0.0.1");
        assertThatThrownBy(() -> send(null, Hl7Messages.visit("T3", "V-T3").er7())).isInstanceOf(Exception.class);
    }

    @Test
    void plainMllpRefusesToListenBeyondLoopback() {
        assertThatThrownBy(() -> server(false, "0.0.0.0")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loopback");
        assertThat(MllpServer.isLoopback("127.0.0.1")).isTrue();
        assertThat(MllpServer.isLoopback("::1")).isTrue();
    }

    /** Answers AA when the connection may send for the message's facility, else AR at MSH-4 (as Hl7Intake does). */
    static final class DecidingIntake extends Hl7Intake {
        private final Hl7Config config;

        DecidingIntake(Hl7Config config) {
            super(null, null, config, null);
            this.config = config;
        }

        @Override
        public Hl7Answer receive(String text, Hl7Channel channel) {
            MshHeader msh = MshHeader.read(text.strip());
            boolean may = channel.mayActFor(msh.facility(), config.facilities().get(msh.facility()));
            return new Hl7Answer(Hl7Acks.ack(msh, may ? "AA" : "AR", may ? List.of()
                    : List.of(Hl7Error.at("MSH", 1, 4, Hl7Error.UNKNOWN_KEY, "not this client's facility"))),
                    may ? "AA" : "AR", !may);
        }
    }

    record TestConfig(boolean tlsOn, String host, String keyStorePath, String caPem) implements Hl7Config {
        @Override
        public Mllp mllp() {
            return new Mllp() {
                public boolean enabled() {
                    return true;
                }

                public int port() {
                    return 0;
                }

                public String host() {
                    return host;
                }

                public Tls tls() {
                    return new Tls() {
                        public boolean enabled() {
                            return tlsOn;
                        }

                        public Optional<String> keyStore() {
                            return Optional.of(keyStorePath);
                        }

                        public Optional<String> keyStorePassword() {
                            return Optional.of(PASSWORD);
                        }

                        public Optional<String> trustCertificates() {
                            return Optional.of(caPem);
                        }
                    };
                }
            };
        }

        @Override
        public Map<String, Facility> facilities() {
            return Map.of("LAKESIDE", facility("1234567893", "lakeside-ehr"), "PRAIRIE",
                    facility("1679576722", "prairie-ehr"));
        }

        private static Facility facility(String npi, String client) {
            return new Facility() {
                public String billingNpi() {
                    return npi;
                }

                public String client() {
                    return client;
                }

                public Optional<List<String>> applications() {
                    return Optional.empty();
                }
            };
        }

        @Override
        public Map<String, String> payers() {
            return Map.of();
        }
    }
}
