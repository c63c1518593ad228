package dk.radhus.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * deploy/kubernetes/kustomization.yml read as {@code kubectl apply -k} combines it: its resources, with its
 * strategic-merge patches merged into the object of the same kind and name (maps merged key by key; a list in a patch
 * replaces the list, which holds for the fields the patches set).
 */
final class Kustomization {

    private final DeploymentFiles files;
    private final JsonNode kustomization;

    Kustomization(DeploymentFiles files) {
        this.files = files;
        this.kustomization = files.kubernetes("kustomization.yml").get(0);
    }

    List<String> resources() {
        List<String> resources = new ArrayList<>();
        kustomization.path("resources").forEach(resource -> resources.add(resource.asText()));
        return resources;
    }

    List<String> patches() {
        List<String> patches = new ArrayList<>();
        kustomization.path("patches").forEach(patch -> patches.add(patch.path("path").asText()));
        return patches;
    }

    /** Every object of the kind in the resources, patches applied. */
    List<JsonNode> all(String kind) {
        List<JsonNode> objects = new ArrayList<>();
        for (String resource : resources()) {
            files.kubernetes(resource).stream().filter(o -> kind.equals(o.path("kind").asText()))
                    .map(o -> (JsonNode) o.deepCopy()).forEach(objects::add);
        }
        for (String patchFile : patches()) {
            for (JsonNode patch : files.kubernetes(patchFile)) {
                if (!kind.equals(patch.path("kind").asText())) {
                    continue;
                }
                JsonNode target = objects.stream()
                        .filter(o -> o.path("metadata").path("name").equals(patch.path("metadata").path("name")))
                        .findFirst().orElseThrow(() -> new AssertionError(patchFile + " patches a " + kind
                                + " no resource has: " + patch.path("metadata").path("name").asText()));
                merge((ObjectNode) target, patch);
            }
        }
        return objects;
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) patch::fields) {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }
}
