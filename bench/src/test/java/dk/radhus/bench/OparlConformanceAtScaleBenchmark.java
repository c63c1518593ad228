package dk.radhus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.testing.OparlConformance;
import dk.radhus.testing.ServiceProcess;

/**
 * The project's OParl conformance walker ({@link OparlConformance}, the one of {@code OparlApiTest} and
 * {@code LocalStackIT}) over a generated municipality of 50,010 items — the corpus of {@link SearchBenchmark}, 3,334
 * agendas of 15 items with every tenth item closed, imported and published through the API (issue 20's acceptance:
 * the conformance test passes over a generated municipality of 50,000 items). The walk reads every list page of every
 * type from {@code /oparl/v1.1}, checks each object against the specification's schemas and fetches up to
 * {@value #FETCHES_PER_TYPE} objects of each type by their URL. Prints the walk's time and the objects checked per type.
 */
class OparlConformanceAtScaleBenchmark {

    /** Objects of each type the walk also fetches by their URL; every object is checked as a list entry. */
    private static final int FETCHES_PER_TYPE = 200;

    /**
     * No violation, every object type the data has reached, every item listed once with the closed ones (every tenth)
     * as {@code public: false}, and a paper for every open item's case number and for no closed one's (a closed item's
     * case number ends in a multiple of ten, {@link SearchCorpus#caseNumber}).
     */
    @Test
    void shouldConformToTheSpecificationOverAMunicipalityOf50000Items() throws Exception {
        ServiceProcess service = Services.start("meetings-service", "meetings");
        Meetings meetings = new Meetings(service);
        SearchCorpus.COMMITTEES.forEach(c -> meetings.committee(c.code(), c.name(), "POLITICAL_COMMITTEE"));
        int items = SearchBenchmark.importAndPublish(service, meetings, new SearchCorpus(meetings.seedItems("BEU")));
        Api api = meetings.api();
        AtomicInteger listedItems = new AtomicInteger();
        AtomicInteger closedItems = new AtomicInteger();
        List<String> papers = new ArrayList<>();
        OparlConformance conformance = new OparlConformance(url -> {
            JsonNode answer = Api.read(api.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), 200));
            if (url.contains("/body/agenda-items")) {
                answer.get("data").forEach(item -> {
                    listedItems.incrementAndGet();
                    closedItems.addAndGet(item.get("public").asBoolean() ? 0 : 1);
                });
            }
            if (url.contains("/body/papers")) {
                answer.get("data").forEach(paper -> papers.add(paper.get("reference").asText()));
            }
            return answer;
        }, FETCHES_PER_TYPE);
        String before = MachineState.describe();
        long start = System.nanoTime();

        List<String> violations = conformance.walk(service.baseUri() + "/oparl/v1.1");

        System.out.printf("OParl conformance walk over %d items: %.1f s, %d violations, objects checked per type: %s."
                + " Machine before: %s; after: %s.%n", items, (System.nanoTime() - start) / 1e9, violations.size(),
                conformance.objectsByType(), before, MachineState.describe());
        assertThat(violations).isEmpty();
        assertThat(conformance.objectsByType()).containsKeys("System", "Body", "LegislativeTerm", "Organization",
                "Meeting", "AgendaItem", "Consultation", "Paper", "Location");
        assertThat(listedItems.get()).isEqualTo(items);
        assertThat(closedItems.get()).isEqualTo(items / 10);
        assertThat(papers).hasSize(items - items / 10).doesNotHaveDuplicates()
                .noneMatch(reference -> Integer.parseInt(reference.substring(reference.indexOf('/') + 1)) % 10 == 0);
    }
}
