package io.openrcm.code.hl7;

import io.openrcm.platform.audit.AuditTrail;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.PfxOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.jboss.logging.Logger;

/**
 * The MLLP listener (port 2575 by default): each framed message goes to {@link Hl7Intake}, and its ACK goes back
 * framed on the same connection, one message at a time per connection. Plain MLLP only on a loopback address; on any
 * other address TLS with a client certificate is required, and the service refuses to start without it.
 */
@ApplicationScoped
public class MllpServer {

    private static final Logger LOG = Logger.getLogger(MllpServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Vertx vertx;
    @Inject
    Hl7Config config;
    @Inject
    Hl7Intake intake;
    @Inject
    AuditTrail trail;

    private NetServer server;

    void start(@Observes StartupEvent event) {
        Hl7Config.Mllp mllp = config.mllp();
        if (!mllp.enabled()) {
            return;
        }
        NetServerOptions options = new NetServerOptions().setHost(mllp.host()).setPort(mllp.port());
        if (mllp.tls().enabled()) {
            options.setSsl(true).setClientAuth(ClientAuth.REQUIRED)
                    .setKeyCertOptions(new PfxOptions().setPath(required(mllp.tls().keyStore(), "key-store"))
                            .setPassword(mllp.tls().keyStorePassword().orElse("")))
                    .setTrustOptions(new PemTrustOptions().addCertPath(required(mllp.tls().trustCertificates(),
                            "trust-certificates")));
        } else if (!isLoopback(mllp.host())) {
            throw new IllegalStateException("rcm.hl7.mllp.host " + mllp.host() + " is not a loopback address: plain "
                    + "MLLP would take patient data from anyone on the network; turn on rcm.hl7.mllp.tls.enabled "
                    + "(client certificates) or listen on 127.0.0.1");
        }
        server = vertx.createNetServer(options).connectHandler(this::connected);
        server.listen().toCompletionStage().toCompletableFuture().orTimeout(START_TIMEOUT.toSeconds(),
                java.util.concurrent.TimeUnit.SECONDS).join();
        LOG.infof("MLLP listening on %s:%d (%s)", mllp.host(), server.actualPort(),
                mllp.tls().enabled() ? "TLS, client certificate required" : "plain, loopback only");
    }

    void stop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.close();
        }
    }

    /** The port listened on (the one picked when configured as 0). */
    public int port() {
        return server == null ? -1 : server.actualPort();
    }

    private void connected(NetSocket socket) {
        String client = null;
        if (config.mllp().tls().enabled()) {
            client = commonName(socket);
            if (client == null) {
                socket.close();
                return;
            }
        }
        new MllpConnection(socket, vertx, intake, new MllpChannel(client, trail)).start();
    }

    private static String commonName(NetSocket socket) {
        try {
            var certs = socket.peerCertificates();
            if (certs.isEmpty() || !(certs.get(0) instanceof X509Certificate x509)) {
                return null;
            }
            for (Rdn rdn : new LdapName(x509.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
            return null;
        } catch (SSLPeerUnverifiedException | InvalidNameException e) {
            return null;
        }
    }

    private static String required(java.util.Optional<String> value, String name) {
        return value.orElseThrow(() -> new IllegalStateException("rcm.hl7.mllp.tls." + name + " is required when "
                + "MLLP TLS is on"));
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static Buffer frame(String ack) {
        return Buffer.buffer().appendByte(MllpConnection.START).appendString(ack, "UTF-8")
                .appendByte(MllpConnection.END).appendByte((byte) '\r');
    }
}
