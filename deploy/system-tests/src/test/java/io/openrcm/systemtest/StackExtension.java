package io.openrcm.systemtest;

import io.openrcm.infra.TrustedCa;
import io.openrcm.launcher.Stack;
import io.openrcm.launcher.StackOptions;
import io.restassured.RestAssured;
import io.restassured.config.SSLConfig;
import io.openrcm.infra.ClientCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one whole stack (Kafka, PostgreSQL, the three packaged services and the dashboard) for every system test in
 * the JVM, on free ports and a fresh data directory under target/, and stops it when the JVM's test run ends; Keycloak
 * too, and every REST Assured request gets a bearer token.
 */
public class StackExtension implements BeforeAllCallback {

    private static Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (StackExtension.class) {
            if (stack == null) {
                Path dataDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "stack-");
                stack = Stack.start(StackOptions.forTests(dataDir));
                // The services speak HTTPS only, with certificates of the stack's own CA: trust exactly that CA.
                RestAssured.config = RestAssured.config().sslConfig(SSLConfig.sslConfig()
                        .trustStore(TrustedCa.keyStore(stack.caCertificate())));
                // Every request of the system tests carries a real token of the dev realm's all-roles test client.
                ClientCredentials client = new ClientCredentials(stack.tokenEndpoint(), "openrcm-bench", "dev-openrcm-bench-secret");
                RestAssured.filters((request, response, ctx) -> {
                    if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                        request.header("Authorization", client.authorization());
                    }
                    return ctx.next(request, response);
                });
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(StackExtension.class.getName(), (ExtensionContext.Store.CloseableResource) stack::close);
            }
        }
    }

    static Stack stack() {
        return stack;
    }

    static String url(String service) {
        return stack.service(service).baseUrl();
    }
}
