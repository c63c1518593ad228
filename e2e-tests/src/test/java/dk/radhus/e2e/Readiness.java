package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import io.restassured.path.json.JsonPath;

import dk.radhus.testing.ServiceProcess;

/**
 * A service's {@code /q/health/ready} (the database and the service itself), or its messaging health group
 * {@code /q/health/group/messaging} (Kafka and the outbox backlog): overall status and each named check.
 */
record Readiness(int httpStatus, JsonPath body) {

    static final String OUTBOX = "outbox";
    static final String KAFKA = "kafka";
    static final String DATABASE = "Database connections health check";

    static Readiness of(ServiceProcess service) {
        return read(service, "/q/health/ready");
    }

    static Readiness messaging(ServiceProcess service) {
        return read(service, "/q/health/group/messaging");
    }

    private static Readiness read(ServiceProcess service, String path) {
        var response = given().baseUri(service.managementBaseUri()).get(path).then().extract();
        return new Readiness(response.statusCode(), response.jsonPath());
    }

    /** Waits, polling, until every service reports every check UP on its own, readiness and messaging. */
    static void awaitUp(List<ServiceProcess> services, Duration timeout) {
        for (ServiceProcess service : services) {
            await().atMost(timeout).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> of(service).isUp() && messaging(service).isUp());
        }
    }

    boolean isUp() {
        return httpStatus == 200 && "UP".equals(body.getString("status"));
    }

    String check(String name) {
        return body.getString("checks.find { it.name == '" + name + "' }.status");
    }

    long checkData(String name, String key) {
        return body.getLong("checks.find { it.name == '" + name + "' }.data." + key);
    }
}
