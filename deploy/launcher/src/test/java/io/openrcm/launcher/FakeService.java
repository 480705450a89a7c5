package io.openrcm.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * Stands in for a Quarkus service in launcher tests: answers /q/health/ready, echoes its environment at
 * /env?NAME, and fails on request (FAKE_EXIT_CODE) the way a misconfigured service would.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        String exitCode = System.getenv("FAKE_EXIT_CODE");
        if (exitCode != null) {
            System.out.println("fake failure: boom");
            System.exit(Integer.parseInt(exitCode));
        }
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = serverFor(port);
        server.createContext("/q/health/ready", exchange -> respond(exchange, "{\"status\":\"UP\"}"));
        server.createContext("/env", exchange -> respond(exchange, String.valueOf(System.getenv(exchange.getRequestURI().getQuery()))));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("fake service stopping");
            server.stop(0);
        }));
        System.out.println("fake service listening on " + port);
    }

    // HTTPS with the key store the stack hands out, as a Quarkus service configured by the TLS registry would.
    private static HttpServer serverFor(int port) throws IOException {
        String keyStore = System.getenv("QUARKUS_TLS_KEY_STORE_P12_PATH");
        if (keyStore == null) {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        }
        try (InputStream in = Files.newInputStream(Path.of(keyStore))) {
            char[] password = System.getenv("QUARKUS_TLS_KEY_STORE_P12_PASSWORD").toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
            return server;
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not load the key store " + keyStore, e);
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Packages this class as {@code <repo>/<service>/target/quarkus-app/quarkus-run.jar}, where the stack looks. */
    static void installAs(Path repo, String service) throws IOException, URISyntaxException {
        Path classes = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = repo.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
    }
}
