package io.openrcm.platform.http;

import java.net.http.HttpClient;

import javax.net.ssl.SSLContext;

import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds the HTTP clients one service uses to call another: over HTTPS they trust the trust store of the service's
 * TLS configuration ({@code quarkus.tls.trust-store.*}, the local stack's CA or production's), else the JDK's.
 */
@ApplicationScoped
public class ServiceHttpClients {

    private final TlsConfigurationRegistry registry;

    @Inject
    public ServiceHttpClients(TlsConfigurationRegistry registry) {
        this.registry = registry;
    }

    /** A builder whose TLS trusts the configured trust store; callers add their timeouts. */
    public HttpClient.Builder builder() {
        HttpClient.Builder builder = HttpClient.newBuilder();
        registry.getDefault().filter(tls -> tls.getTrustStore() != null)
                .ifPresent(tls -> builder.sslContext(sslContext(tls)));
        return builder;
    }

    private static SSLContext sslContext(TlsConfiguration tls) {
        try {
            return tls.createSSLContext();
        } catch (Exception e) {
            throw new IllegalStateException("Could not build the TLS context of the default TLS configuration: " + e.getMessage(), e);
        }
    }
}
