package io.openrcm.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The checks can fail: a broken object of each family is caught by its schema. */
class BrokenManifestsTest {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog(ManifestFiles.SCHEMAS);

    private static ObjectNode first(String kind) {
        return ManifestFiles.ofKind("production", kind).get(0).deepCopy();
    }

    @Test
    void theUnbrokenObjectsPass() {
        for (String kind : List.of("Deployment", "KafkaTopic", "Cluster", "ScaledObject", "NetworkPolicy")) {
            assertThat(SCHEMAS.problems(first(kind))).as(kind).isEmpty();
        }
    }

    @Test
    void aMisspeltDeploymentFieldIsCaught() {
        ObjectNode deployment = first("Deployment");
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinessProbes", container.remove("readinessProbe"));
        assertThat(SCHEMAS.problems(deployment)).anySatisfy(p -> assertThat(p).contains("readinessProbes"));
    }

    @Test
    void aWrongTypeIsCaught() {
        ObjectNode deployment = first("Deployment");
        ((ObjectNode) deployment.get("spec")).put("replicas", "three");
        assertThat(SCHEMAS.problems(deployment)).anySatisfy(p -> assertThat(p).contains("replicas"));
    }

    @Test
    void aTopicWithoutPartitionsAsANumberIsCaught() {
        ObjectNode topic = first("KafkaTopic");
        ((ObjectNode) topic.get("spec")).put("partitions", "many");
        assertThat(SCHEMAS.problems(topic)).anySatisfy(p -> assertThat(p).contains("partitions"));
    }

    @Test
    void anUnknownCloudNativePgFieldIsCaught() {
        ObjectNode cluster = first("Cluster");
        ((ObjectNode) cluster.get("spec")).put("instance", 3);
        assertThat(SCHEMAS.problems(cluster)).anySatisfy(p -> assertThat(p).contains("instance"));
    }

    @Test
    void aScaledObjectWithoutItsTargetIsCaught() {
        ObjectNode scaled = first("ScaledObject");
        ((ObjectNode) scaled.get("spec")).remove("scaleTargetRef");
        assertThat(SCHEMAS.problems(scaled)).anySatisfy(p -> assertThat(p).contains("scaleTargetRef"));
    }

    @Test
    void aKindWithoutACommittedSchemaIsRefused() {
        ObjectNode job = first("Deployment");
        job.put("kind", "CronJob");
        job.put("apiVersion", "batch/v1");
        assertThat(SCHEMAS.problems(job)).singleElement().asString().contains("no schema is committed");
    }
}
