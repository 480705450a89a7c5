package io.openrcm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker holds every client to KafkaAccessTable: no login, no access; a login, only its ACLs. */
class KafkaAccessTest {

    private static final String ENCOUNTER_CODED = KafkaAccessTable.ENCOUNTER_CODED;

    @TempDir
    static Path dir;

    private static EmbeddedKafka kafka;
    private static final Map<String, String> PASSWORDS = new HashMap<>();

    @BeforeAll
    static void startWithTheTablesUsers() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0);
        kafka.provisionUsers(user -> PASSWORDS.computeIfAbsent(user, u -> PrivateFiles.newSecret()));
        // Twice, as at every start: still exactly the table's ACLs.
        kafka.provisionUsers(PASSWORDS::get);
        kafka.createTopics(List.of(ENCOUNTER_CODED, KafkaAccessTable.deadLetterOf(ENCOUNTER_CODED),
                KafkaAccessTable.CLAIM_SUBMITTED, KafkaAccessTable.deadLetterOf(KafkaAccessTable.CLAIM_SUBMITTED)), 1);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void theBrokerHoldsExactlyTheTablesAcls() throws Exception {
        try (Admin admin = Admin.create(kafka.adminClientProperties())) {
            assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS))
                    .containsExactlyInAnyOrderElementsOf(KafkaAccessTable.bindings());
        }
    }

    @Test
    void aClientWithoutCredentialsOrWithAWrongPasswordIsRefused() {
        Map<String, Object> plaintext = Map.of("bootstrap.servers", kafka.bootstrapServers());
        Map<String, Object> tlsWithoutLogin = new HashMap<>(plaintext);
        tlsWithoutLogin.put("security.protocol", "SSL");
        tlsWithoutLogin.put("ssl.truststore.type", "PEM");
        tlsWithoutLogin.put("ssl.truststore.location", kafka.adminCredentials().caPem().toString());
        Map<String, Object> wrongPassword = new KafkaCredentials(KafkaAccessTable.CLAIM_SERVICE, "not-the-password",
                kafka.adminCredentials().caPem()).clientProperties(kafka.bootstrapServers());

        // No plaintext port any more, and TLS alone is no login: the broker never answers such a client.
        assertThat(describeCluster(plaintext)).isNotNull();
        assertThat(describeCluster(tlsWithoutLogin)).isNotNull();
        assertThat(describeCluster(wrongPassword)).isInstanceOf(SaslAuthenticationException.class);
        assertThat(describeCluster(as(KafkaAccessTable.CLAIM_SERVICE))).isNull();
    }

    @Test
    void aProducerWritesItsOwnTopicAndNoOtherServices() {
        assertThat(send(KafkaAccessTable.CODE_SERVICE, ENCOUNTER_CODED)).isNull();
        assertThat(send(KafkaAccessTable.CLAIM_SERVICE, ENCOUNTER_CODED)).isInstanceOf(TopicAuthorizationException.class);
        assertThat(send(KafkaAccessTable.DASHBOARD, KafkaAccessTable.CLAIM_STATUS)).isInstanceOf(TopicAuthorizationException.class);
        // The consumer of a topic parks its poison records on the dead-letter topic; the producer may not.
        assertThat(send(KafkaAccessTable.CLAIM_SERVICE, KafkaAccessTable.deadLetterOf(ENCOUNTER_CODED))).isNull();
        assertThat(send(KafkaAccessTable.CODE_SERVICE, KafkaAccessTable.deadLetterOf(ENCOUNTER_CODED)))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceReadsWhatItConsumesButNoDeadLettersAndNoOtherTopics() {
        assertThat(send(KafkaAccessTable.CODE_SERVICE, ENCOUNTER_CODED)).isNull();
        assertThat(TopicReader.readAll(as(KafkaAccessTable.CLAIM_SERVICE), ENCOUNTER_CODED)).isNotEmpty();
        // reimbursement-service consumes claim-submitted, not encounter-coded.
        assertThat(catchThrowable(() -> TopicReader.readAll(as(KafkaAccessTable.REIMBURSEMENT_SERVICE), ENCOUNTER_CODED)))
                .isInstanceOf(TopicAuthorizationException.class);
        // Dead letters are open no wider than their source: claim-service does not consume claim-submitted, so it may not
        // read its dead letters; and it only writes those of what it consumes, never reads them.
        assertThat(catchThrowable(() -> TopicReader.readAll(as(KafkaAccessTable.CLAIM_SERVICE),
                KafkaAccessTable.deadLetterOf(KafkaAccessTable.CLAIM_SUBMITTED)))).isInstanceOf(TopicAuthorizationException.class);
        // (It may see that its own dead-letter topic holds records, as a writer does, but not fetch them.)
        assertThat(send(KafkaAccessTable.CLAIM_SERVICE, KafkaAccessTable.deadLetterOf(ENCOUNTER_CODED))).isNull();
        assertThat(catchThrowable(() -> TopicReader.readAll(as(KafkaAccessTable.CLAIM_SERVICE),
                KafkaAccessTable.deadLetterOf(ENCOUNTER_CODED)))).isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aConsumerGroupThatIsNotTheServicesOwnIsRefused() {
        assertThat(send(KafkaAccessTable.CODE_SERVICE, ENCOUNTER_CODED)).isNull();
        assertThat(pollInGroup(KafkaAccessTable.CLAIM_SERVICE, "claim-service.encounter-coded")).isNull();
        assertThat(pollInGroup(KafkaAccessTable.CLAIM_SERVICE, "reimbursement-service.claim-submitted"))
                .isInstanceOf(GroupAuthorizationException.class);
        assertThat(pollInGroup(KafkaAccessTable.CLAIM_SERVICE, "claim-service.something-else"))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void theBenchOwnsItsScratchTopicsAndOnlyReadsTheClaimTopics() throws Exception {
        String scratch = KafkaAccessTable.BENCH_TOPIC_PREFIX + "ceiling-test";
        try (Admin bench = Admin.create(as(KafkaAccessTable.BENCH))) {
            bench.createTopics(List.of(new NewTopic(scratch, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            assertThat(send(KafkaAccessTable.BENCH, scratch)).isNull();
            assertThat(TopicReader.readAll(as(KafkaAccessTable.BENCH), scratch)).hasSize(1);
            bench.deleteTopics(List.of(scratch)).all().get(10, TimeUnit.SECONDS);
            assertThat(catchThrowable(() -> bench.createTopics(List.of(new NewTopic("rcm.claims.bench-made.v1", 1, (short) 1)))
                    .all().get(10, TimeUnit.SECONDS))).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(TopicReader.readAll(as(KafkaAccessTable.BENCH), KafkaAccessTable.CLAIM_SUBMITTED)).isNotNull();
        assertThat(send(KafkaAccessTable.BENCH, KafkaAccessTable.CLAIM_SUBMITTED)).isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void theBrokersOwnListenerLetsNoOtherCertificateActAsTheBroker() throws Exception {
        Path tls = dir.resolve("kafka-tls");
        LocalCertificateAuthority ca = LocalCertificateAuthority.openOrCreate(tls, Files.readString(tls.resolve("keystore-password")).trim());
        // A service's HTTPS certificate from the same CA (client authentication allowed): a principal without ACLs there.
        Map<String, Object> serviceCertificate = new HashMap<>(Map.of("bootstrap.servers", kafka.internalListener(),
                "security.protocol", "SSL", "ssl.truststore.type", "PEM", "ssl.truststore.location", ca.caPem().toString(),
                "ssl.keystore.type", "PKCS12", "ssl.keystore.location", ca.keyStore("claim-service").toString(),
                "ssl.keystore.password", ca.keyStorePassword(), "ssl.key.password", ca.keyStorePassword()));
        serviceCertificate.put("request.timeout.ms", "3000");
        serviceCertificate.put("default.api.timeout.ms", "6000");
        try (Admin admin = Admin.create(serviceCertificate)) {
            assertThat(catchThrowable(() -> admin.createTopics(List.of(new NewTopic("rcm.intruder.v1", 1, (short) 1)))
                    .all().get(8, TimeUnit.SECONDS))).hasCauseInstanceOf(TopicAuthorizationException.class);
            assertThat(catchThrowable(() -> admin.describeAcls(AclBindingFilter.ANY).values().get(8, TimeUnit.SECONDS)))
                    .hasCauseInstanceOf(ClusterAuthorizationException.class);
        }
        Map<String, Object> noCertificate = new HashMap<>(serviceCertificate);
        noCertificate.keySet().removeIf(key -> key.startsWith("ssl.key"));
        assertThat(describeCluster(noCertificate)).isInstanceOf(SslAuthenticationException.class);
    }

    private static Map<String, Object> as(String user) {
        return new KafkaCredentials(user, PASSWORDS.get(user), kafka.adminCredentials().caPem()).clientProperties(kafka.bootstrapServers());
    }

    /** The failure of a describe-cluster call within 8 s, or null when it succeeded. */
    private static Throwable describeCluster(Map<String, Object> client) {
        Map<String, Object> props = new HashMap<>(client);
        props.put("request.timeout.ms", "3000");
        props.put("default.api.timeout.ms", "6000");
        try (Admin admin = Admin.create(props)) {
            admin.describeCluster().nodes().get(8, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }

    /** The failure of sending one record as the user, or null when the broker acknowledged it. */
    private static Throwable send(String user, String topic) {
        Map<String, Object> props = new HashMap<>(as(user));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "value")).get(15, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }

    /** The failure of polling the topic in the group as the user, or null when records came. */
    private static Throwable pollInGroup(String user, String group) {
        Map<String, Object> props = new HashMap<>(as(user));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(ENCOUNTER_CODED));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(200)).isEmpty()) {
                    return null;
                }
            }
            return new AssertionError("no record within 20 s in group " + group);
        } catch (RuntimeException e) {
            return e;
        }
    }
}
