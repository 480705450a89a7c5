package io.openrcm.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * Gives every principal of {@link KafkaAccessTable} its SCRAM user and exactly the table's ACLs, on any broker where the
 * caller is an administrator. Idempotent, run at every start: passwords are set to the ones held now, missing ACLs
 * are added and ACLs of these principals that the table no longer holds are removed.
 */
public final class KafkaUsers {

    /** SCRAM-SHA-512's minimum; the verifier is what the broker keeps, never the password. */
    static final int ITERATIONS = 4096;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final System.Logger LOG = System.getLogger(KafkaUsers.class.getName());

    private KafkaUsers() {
    }

    /** Provisions every principal of the table with the password passwordOf gives its name. */
    public static void provision(Map<String, Object> adminClientProperties, UnaryOperator<String> passwordOf) {
        try (Admin admin = Admin.create(adminClientProperties)) {
            setPasswords(admin, KafkaAccessTable.principals(), passwordOf);
            syncAcls(admin);
        }
    }

    /** Creates the SCRAM users, or sets their passwords to the given ones. */
    static void setPasswords(Admin admin, Collection<String> users, UnaryOperator<String> passwordOf) {
        List<UserScramCredentialAlteration> upserts = new ArrayList<>();
        for (String user : users) {
            upserts.add(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), passwordOf.apply(user)));
        }
        await("setting the SCRAM passwords of " + users, admin.alterUserScramCredentials(upserts).all());
    }

    private static void syncAcls(Admin admin) {
        Set<String> managed = new LinkedHashSet<>();
        KafkaAccessTable.principals().forEach(name -> managed.add("User:" + name));
        Set<AclBinding> wanted = KafkaAccessTable.bindings();
        Collection<AclBinding> existing = await("reading the ACLs", admin.describeAcls(AclBindingFilter.ANY).values());
        List<AclBinding> missing = wanted.stream().filter(acl -> !existing.contains(acl)).toList();
        List<AclBindingFilter> stale = existing.stream()
                .filter(acl -> managed.contains(acl.entry().principal()) && !wanted.contains(acl))
                .map(AclBinding::toFilter).toList();
        if (!missing.isEmpty()) {
            await("creating ACLs", admin.createAcls(missing).all());
        }
        if (!stale.isEmpty()) {
            await("removing ACLs the table no longer holds", admin.deleteAcls(stale).all());
        }
        LOG.log(System.Logger.Level.DEBUG, "Kafka ACLs: {0} wanted, {1} added, {2} removed", wanted.size(), missing.size(), stale.size());
    }

    private static <T> T await(String what, KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused " + what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + TIMEOUT.toSeconds() + " s " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        }
    }
}
