package io.openrcm.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where the manifests are (the module's directory, surefire's working directory) and their built overlays. */
final class ManifestFiles {

    static final Path ROOT = locate();
    static final Path BASE = ROOT.resolve("base");
    static final Path SCHEMAS = ROOT.resolve("schemas");
    static final List<String> OVERLAYS = List.of("development", "production");

    private ManifestFiles() {
    }

    /** The objects the overlay builds. */
    static List<ObjectNode> overlay(String name) {
        return Kustomization.build(ROOT.resolve("overlays").resolve(name));
    }

    /** The overlay's objects of one kind. */
    static List<ObjectNode> ofKind(String overlay, String kind) {
        return overlay(overlay).stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    private static Path locate() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here, here.resolve("deploy/kubernetes"))) {
            if (Files.isDirectory(candidate.resolve("base")) && Files.isDirectory(candidate.resolve("schemas"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/kubernetes not found from " + here);
    }
}
