package io.openrcm.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kustomize subset behaves as Kustomize does, and refuses what it does not implement. */
class KustomizationTest {

    @TempDir
    Path dir;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: web
                      image: example/web
                    - name: side
                      image: registry.local:5000/example/side:1.0
            """;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void base() throws IOException {
        write("base/web.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", """
                resources: [web.yaml]
                configMapGenerator:
                  - name: settings
                    literals: [A=1, B=two=2]
                generatorOptions: {disableNameSuffixHash: true}
                """);
    }

    @Test
    void anOverlayPatchesNamespacesAndRetagsItsBase() throws IOException {
        base();
        write("overlay/kustomization.yaml", """
                namespace: team
                resources: [../base]
                images:
                  - {name: example/web, newTag: "2.0"}
                  - {name: registry.local:5000/example/side, digest: "sha256:abc"}
                configMapGenerator:
                  - {name: settings, behavior: merge, literals: [A=3]}
                generatorOptions: {disableNameSuffixHash: true}
                patches:
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata: {name: web}
                      spec: {replicas: 5}
                  - target: {kind: Deployment, name: "w.*"}
                    patch: |-
                      - {op: add, path: /metadata/labels, value: {tier: front}}
                """);
        List<ObjectNode> objects = Kustomization.build(dir.resolve("overlay"));
        ObjectNode web = objects.get(0);
        assertThat(web.at("/spec/replicas").asInt()).isEqualTo(5);
        assertThat(web.at("/metadata/namespace").asText()).isEqualTo("team");
        assertThat(web.at("/metadata/labels/tier").asText()).isEqualTo("front");
        assertThat(web.at("/spec/template/spec/containers/0/image").asText()).isEqualTo("example/web:2.0");
        assertThat(web.at("/spec/template/spec/containers/1/image").asText()).isEqualTo("registry.local:5000/example/side@sha256:abc");
        ObjectNode settings = objects.get(1);
        assertThat(settings.at("/data/A").asText()).isEqualTo("3");
        assertThat(settings.at("/data/B").asText()).isEqualTo("two=2");
        assertThat(settings.at("/metadata/namespace").asText()).isEqualTo("team");
    }

    @Test
    void aFieldOutsideTheSubsetIsRefused() throws IOException {
        base();
        write("overlay/kustomization.yaml", "resources: [../base]\ncommonLabels: {a: b}\n");
        assertThatThrownBy(() -> Kustomization.build(dir.resolve("overlay"))).hasMessageContaining("commonLabels");
    }

    @Test
    void aPatchThatMatchesNothingIsAnError() throws IOException {
        base();
        write("overlay/kustomization.yaml", """
                resources: [../base]
                patches:
                  - target: {kind: StatefulSet}
                    patch: "[{op: remove, path: /spec/replicas}]"
                """);
        assertThatThrownBy(() -> Kustomization.build(dir.resolve("overlay"))).hasMessageContaining("matches no object");
    }

    @Test
    void aMergePatchWithAListOnABuiltInKindIsRefusedRatherThanBuiltDifferently() throws IOException {
        base();
        write("overlay/kustomization.yaml", """
                resources: [../base]
                patches:
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata: {name: web}
                      spec: {template: {spec: {containers: [{name: web, image: other}]}}}
                """);
        assertThatThrownBy(() -> Kustomization.build(dir.resolve("overlay"))).hasMessageContaining("holds a list");
    }

    @Test
    void aGeneratedNameHashIsNotInTheSubset() throws IOException {
        write("base/kustomization.yaml", "configMapGenerator:\n  - {name: s, literals: [A=1]}\n");
        assertThatThrownBy(() -> Kustomization.build(dir.resolve("base"))).hasMessageContaining("disableNameSuffixHash");
    }

    @Test
    void theSameObjectTwiceIsAnError() throws IOException {
        write("base/web.yaml", DEPLOYMENT);
        write("base/again.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", "resources: [web.yaml, again.yaml]\n");
        assertThatThrownBy(() -> Kustomization.build(dir.resolve("base"))).hasMessageContaining("there twice");
    }

    @Test
    void nullInAMergePatchRemovesTheField() throws IOException {
        write("base/web.yaml", DEPLOYMENT);
        write("base/kustomization.yaml", """
                resources: [web.yaml]
                patches:
                  - target: {kind: Deployment}
                    patch: "{apiVersion: apps/v1, kind: Deployment, metadata: {name: x}, spec: {replicas: null}}"
                """);
        assertThat(Kustomization.build(dir.resolve("base")).get(0).at("/spec").has("replicas")).isFalse();
    }
}
