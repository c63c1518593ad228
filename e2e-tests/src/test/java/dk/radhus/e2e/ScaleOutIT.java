package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.PostgresServer;
import dk.radhus.testing.ServiceProcess;
import dk.radhus.testing.server.Directories;
import dk.radhus.testing.server.KafkaCluster;

/**
 * Two instances of each service on the same databases and a three-broker KRaft cluster (issue 16). First, one committee
 * is renamed through both meetings-service instances at once ({@link RelayOrder}). Then a steady write load
 * of committee renames, initiative statuses and budget follow-up submissions over 70 aggregates, during which one
 * instance of each service is killed with SIGKILL and one broker is stopped, then all are brought back. Afterwards the
 * read models equal their sources, each topic's last record per aggregate has its latest value, every aggregate's
 * events are on their topic in commit order, every acknowledged write is in its service's outbox, and every event was
 * applied exactly once; then a sample of each consumed topic's records is sent again unchanged, and every consumer
 * skips them and leaves its read model as it was. Last, the second instances of budget- and strategy-service get
 * SIGTERM while every committee is renamed once more, as in a rolling restart: each exits by itself, nothing is
 * dead-lettered, every read model equals the last acknowledged values, and every event was applied once. Prints the
 * write latency p95 during the faults.
 *
 * <p>It has a PostgreSQL server and a Kafka cluster of its own and runs beside the other end-to-end tests
 * ({@code junit-platform.properties}), which run one after the other and are the build's longest path. It starts once
 * their services are up: their start is on that path, and this test's nine service starts would slow it. Alone:
 * {@code ./mvnw -B verify -pl e2e-tests -Dit.test=ScaleOutIT}; docs/deployment.md has its timings.
 */
@Execution(ExecutionMode.CONCURRENT)
class ScaleOutIT {

    private static final int COMMITTEES = 50;
    private static final int INITIATIVES = 10;
    private static final int FOLLOW_UPS = 10;
    private static final int AGGREGATES = COMMITTEES + INITIATIVES + FOLLOW_UPS;
    /** 70 aggregates × 15 rounds = 1,050 writes at least; the load goes on until the faults are over. */
    private static final int MIN_ROUNDS = 15;
    private static final Duration READY = Duration.ofSeconds(180);
    /** The round of the renames after the load, beyond any round of the load. */
    private static final int FINAL_ROUND = 1_000;

    @Test
    void shouldKeepOrderAndLoseNothingWhenAnInstanceOfEachServiceAndABrokerFailDuringLoad() throws Exception {
        Suite.get();
        long started = System.nanoTime();
        Path copies = Files.createTempDirectory("radhus-scale-out-");
        List<ServiceProcess> all = new ArrayList<>();
        try (PostgresServer postgres = PostgresServer.startPrivate(); KafkaCluster cluster = KafkaCluster.create(3)) {
            try {
                Map<String, List<ServiceProcess>> services = new LinkedHashMap<>();
                for (String module : List.of("meetings-service", "budget-service", "strategy-service")) {
                    String database = "scaleout_" + module.substring(0, module.indexOf('-'));
                    List<ServiceProcess> instances = List.of(instance(module, database, 1, copies, postgres,
                            cluster), instance(module, database, 2, copies, postgres, cluster));
                    services.put(module, instances);
                    // The first instance migrates the database alone; the second starts on a migrated schema.
                    all.add(instances.get(0));
                    instances.get(0).start();
                }
                all.forEach(s -> s.awaitReady(READY));
                List<ServiceProcess> secondInstances = services.values().stream().map(instances -> instances.get(1)).toList();
                all.addAll(secondInstances);
                secondInstances.forEach(ServiceProcess::start);
                secondInstances.forEach(s -> s.awaitReady(READY));
                System.out.printf("Scale-out: three brokers and six services up after %d s%n", seconds(started));
                assertTopicsReplicatedThreeTimesWithTwoInSync(cluster);
                RelayOrder.verify(services.get("meetings-service"), cluster.bootstrapServers());

                ScaleOutLoad load = ScaleOutLoad.arrange(services.get("meetings-service"),
                        services.get("budget-service"), services.get("strategy-service"), COMMITTEES, INITIATIVES,
                        FOLLOW_UPS);
                load.start(MIN_ROUNDS);
                load.awaitWrites(AGGREGATES);
                long faultsStarted = System.nanoTime();
                secondInstances.forEach(ServiceProcess::kill);
                cluster.stopNode(2);
                load.awaitWrites(load.writes() + 200);
                cluster.startNode(2);
                secondInstances.forEach(ServiceProcess::start);
                secondInstances.forEach(s -> s.awaitReady(READY));
                long faultsEnded = System.nanoTime();
                load.faultsOver();
                ScaleOutLoad.Result result = load.awaitFinished(Duration.ofMinutes(5));
                System.out.printf("Scale-out: %d writes over %d aggregates in %d s; faults for %d s; write latency p95 "
                        + "during the faults %d ms (max %d ms, %d writes), outside them %d ms%n", result.writes(),
                        AGGREGATES, result.seconds(), (faultsEnded - faultsStarted) / 1_000_000_000,
                        result.p95Between(faultsStarted, faultsEnded), result.maxBetween(faultsStarted, faultsEnded),
                        result.countBetween(faultsStarted, faultsEnded), result.p95Outside(faultsStarted, faultsEnded));
                assertThat(result.writes()).isGreaterThanOrEqualTo(1000);
                assertThat(result.countBetween(faultsStarted, faultsEnded)).as("writes during the faults").isPositive();

                ScaleOutChecks checks = new ScaleOutChecks(load, cluster.bootstrapServers(),
                        services.get("meetings-service").get(0), services.get("budget-service").get(0),
                        services.get("strategy-service").get(0));
                checks.verify();
                new ScaleOutRedelivery(cluster.bootstrapServers(), services.get("meetings-service"),
                        services.get("budget-service"), services.get("strategy-service")).verify(checks);
                stopWhileConsuming(load, checks, List.of(services.get("budget-service").get(1),
                        services.get("strategy-service").get(1)));
                System.out.printf("Scale-out: verified after %d s in all%n", seconds(started));
            } finally {
                all.forEach(ServiceProcess::terminate);
                all.forEach(ServiceProcess::stop);
            }
        } finally {
            Directories.deleteRecursively(copies);
        }
    }

    /**
     * The first half of a rolling restart: the given instances, consumers of the committee events, get SIGTERM while
     * every committee is renamed once more. What a stopping instance can no longer apply must reach the instance that
     * stays, not a dead-letter topic, and each must exit by itself; then the state checks run again (the topic checks
     * cannot: the re-sent records are the last of their aggregates now).
     */
    private static void stopWhileConsuming(ScaleOutLoad load, ScaleOutChecks checks, List<ServiceProcess> consumers)
            throws InterruptedException {
        Map<String, Boolean> exited = new ConcurrentHashMap<>();
        load.renameEveryCommittee(FINAL_ROUND, () -> consumers.parallelStream()
                .forEach(instance -> exited.put(instance.module(), instance.stop())));
        assertThat(exited).as("stopped by SIGTERM without being killed").hasSize(consumers.size())
                .doesNotContainValue(false);
        checks.verifyState();
        System.out.printf("Scale-out: %s stopped with SIGTERM while consuming %d renames; nothing dead-lettered%n",
                exited.keySet(), load.committees.size());
    }

    private static ServiceProcess instance(String module, String database, int number, Path copies,
            PostgresServer postgres, KafkaCluster cluster) {
        return ServiceProcess.builder(module, database).postgres(postgres)
                .runFrom(copies.resolve(Integer.toString(number)))
                .logDirectory(Path.of("target", "e2e-logs", "scale-out", Integer.toString(number)))
                .environment("KAFKA_BOOTSTRAP_SERVERS", cluster.bootstrapServers()).build();
    }

    private static void assertTopicsReplicatedThreeTimesWithTwoInSync(KafkaCluster cluster) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS)
                    .containsAll(Topics.ALL));
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            topics.values().forEach(topic -> topic.partitions().forEach(partition -> assertThat(
                    partition.replicas()).as(topic.name()).hasSize(3)));
            List<ConfigResource> resources = Topics.ALL.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            configs.forEach((resource, config) -> assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG)
                    .value()).as(resource.name()).isEqualTo("2"));
        }
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000;
    }
}
