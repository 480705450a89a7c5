package io.openrcm.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the tests read from a service's Deployment and from its module's application.properties. */
final class Workloads {

    /** Each Deployment's name and the Maven module of its service. */
    static final Map<String, String> MODULES = Map.of("code-service", "code-service", "claim-service", "claim-service",
            "reimbursement-service", "reimbursement-service", "dashboard", "deploy/dashboard");

    private Workloads() {
    }

    /** The Deployment's first container. */
    static JsonNode container(JsonNode deployment) {
        return deployment.at("/spec/template/spec/containers/0");
    }

    /** The container's environment: name to the literal value, or to "secret:NAME/KEY", "configMap:NAME/KEY", "field:PATH". */
    static Map<String, String> env(JsonNode deployment) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode var : container(deployment).path("env")) {
            JsonNode from = var.path("valueFrom");
            String value;
            if (from.has("secretKeyRef")) {
                value = "secret:" + from.at("/secretKeyRef/name").asText() + "/" + from.at("/secretKeyRef/key").asText();
            } else if (from.has("configMapKeyRef")) {
                value = "configMap:" + from.at("/configMapKeyRef/name").asText() + "/" + from.at("/configMapKeyRef/key").asText();
            } else if (from.has("fieldRef")) {
                value = "field:" + from.at("/fieldRef/fieldPath").asText();
            } else {
                value = var.path("value").asText();
            }
            env.put(var.path("name").asText(), value);
        }
        return env;
    }

    /** The service's application.properties (the module's main resources). */
    static Properties applicationProperties(String deployment) {
        Path file = ManifestFiles.ROOT.resolve("../..").normalize().resolve(MODULES.get(deployment))
                .resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return properties;
    }

    /** The environment variable that overrides a property (MicroProfile Config's rule). */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /** The overlay's Deployment of the name. */
    static ObjectNode deployment(String overlay, String name) {
        return ManifestFiles.ofKind(overlay, "Deployment").stream()
                .filter(d -> name.equals(d.at("/metadata/name").asText())).findFirst().orElseThrow();
    }
}
