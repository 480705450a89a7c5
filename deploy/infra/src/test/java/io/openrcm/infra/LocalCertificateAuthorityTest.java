package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCertificateAuthorityTest {

    private static final String PASSWORD = PrivateFiles.newSecret();

    @TempDir
    Path dir;

    @Test
    void aServerCertificateIsTrustedOverHttpsOn127001ThroughTheCaPemAlone() throws Exception {
        LocalCertificateAuthority ca = LocalCertificateAuthority.openOrCreate(dir.resolve("tls"), PASSWORD);
        Path keyStore = ca.keyStore("claim-service");

        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(keyStore)));
        server.createContext("/", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI uri = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
            HttpClient trusting = HttpClient.newBuilder().sslContext(TrustedCa.sslContext(ca.caPem())).build();
            assertThat(trusting.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("ok");
            // Without the local CA the same server is not trusted.
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void isKeptAcrossRestartsWithPrivateKeyStores() throws Exception {
        LocalCertificateAuthority first = LocalCertificateAuthority.openOrCreate(dir.resolve("tls"), PASSWORD);
        String caPem = Files.readString(first.caPem());
        Path keyStore = first.keyStore("kafka");

        LocalCertificateAuthority again = LocalCertificateAuthority.openOrCreate(dir.resolve("tls"), PASSWORD);

        assertThat(Files.readString(again.caPem())).isEqualTo(caPem);
        assertThat(again.keyStore("kafka")).isEqualTo(keyStore);
        assertThat(Files.getPosixFilePermissions(keyStore)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("tls").resolve("ca.p12"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    private static SSLContext serverContext(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }
}
