package dk.radhus.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The repository's deployment files, read for {@link ComposeConfigurationTest} and {@link KubernetesManifestsTest}. */
final class DeploymentFiles {

    private static final Pattern CREATE_DATABASE = Pattern.compile("(?m)^create_database (\\w+) \"\\$(\\w+)\"$");

    final Path root = repositoryRoot();

    JsonNode compose() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(root.resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of a multi-document YAML file under deploy/kubernetes, e.g. {@code web-portal.yml}. */
    List<JsonNode> kubernetes(String file) {
        try (MappingIterator<JsonNode> documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .readValues(root.resolve("deploy/kubernetes").resolve(file).toFile())) {
            return documents.readAll().stream().filter(document -> !document.isMissingNode() && !document.isNull())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String composeText() {
        return read(root.resolve("docker-compose.yml"));
    }

    JsonNode realm() {
        try {
            return new ObjectMapper().readTree(root.resolve("deploy/keycloak/radhus-realm.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The databases the PostgreSQL init script creates, each with the environment variable holding its password. */
    Map<String, String> initScriptDatabases() {
        Matcher matcher = CREATE_DATABASE.matcher(read(root.resolve("deploy/postgres/init-databases.sh")));
        Map<String, String> databases = new LinkedHashMap<>();
        while (matcher.find()) {
            databases.put(matcher.group(1), matcher.group(2));
        }
        return databases;
    }

    Properties applicationProperties(String module) {
        return properties(root.resolve(module).resolve("src/main/resources/application.properties"));
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults the three services share (platform's META-INF/microprofile-config.properties). */
    Properties platformProperties() {
        return properties(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
    }

    /**
     * The port a service serves health and metrics on when it runs from its jar (the prod profile): the management
     * port, or the HTTP port where the management interface is off.
     */
    int productionManagementPort(String module) {
        boolean sharesPlatformDefaults = read(root.resolve(module).resolve("pom.xml"))
                .contains("<artifactId>radhus-platform</artifactId>");
        Properties platform = sharesPlatformDefaults ? platformProperties() : new Properties();
        Properties own = applicationProperties(module);
        String enabled = own.getProperty("%prod.quarkus.management.enabled",
                platform.getProperty("%prod.quarkus.management.enabled", "false"));
        if (!Boolean.parseBoolean(enabled)) {
            return Integer.parseInt(own.getProperty("quarkus.http.port"));
        }
        return Integer.parseInt(own.getProperty("%prod.quarkus.management.port", own.getProperty(
                "quarkus.management.port", platform.getProperty("%prod.quarkus.management.port", "9000"))));
    }

    String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        String configured = System.getProperty("radhus.repository.root");
        Path directory = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("docker-compose.yml"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("No docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }
}
