package dk.radhus.local.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The seed agendas and minutes ({@code <committee>_dagsorden|referat_<yyyy-mm-dd>.txt}) imported into meetings-service
 * through {@code POST /imports}, as the secretary, the items the importer holds back for review approved, and then
 * taken where these public documents were: an agenda published ({@code AGENDA_PUBLISHED}), minutes approved
 * ({@code MINUTES_APPROVED}) — so that the public calendar and feed show them. A document whose meeting already exists is not imported again. Documents of other kinds (e.g. a
 * magazine column) and committees without a known code are left out.
 */
public final class MeetingsImportStep implements DemoStep {

    private static final Pattern MEETING_DOCUMENT =
            Pattern.compile("([a-zæøå]+)_(dagsorden|referat)_(\\d{4}-\\d{2}-\\d{2})\\.txt");
    private static final Map<String, String> COMMITTEE_CODES = Map.of("beu", "BEU", "direktionen", "DIR",
            "oeu", "OEU", "byraadet", "BY");
    /** A meeting's way through its states; an imported agenda starts PLANNED, imported minutes start HELD. */
    private static final List<String> LIFECYCLE = List.of("PLANNED", "AGENDA_PUBLISHED", "HELD", "MINUTES_APPROVED");

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public String load(DemoContext context) {
        Path seeds = context.seeds().orElseThrow(() -> new DemoFailure(
                "no seed documents found (seeds/ in the repository, or RADHUS_SEEDS_DIR)"));
        List<String> imported = new ArrayList<>();
        for (Path document : documents(seeds)) {
            Matcher name = MEETING_DOCUMENT.matcher(document.getFileName().toString());
            if (!name.matches() || !COMMITTEE_CODES.containsKey(name.group(1))) {
                continue;
            }
            String committee = COMMITTEE_CODES.get(name.group(1));
            JsonNode meeting = meeting(context.api(), committee, name.group(3));
            if (meeting == null) {
                importDocument(context.api(), committee, document);
                approveReviews(context.api(), committee);
                meeting = meeting(context.api(), committee, name.group(3));
            }
            String target = name.group(2).equals("referat") ? "MINUTES_APPROVED" : "AGENDA_PUBLISHED";
            moveOn(context.api(), meeting.path("id").asText(), meeting.path("state").asText(), target);
            imported.add(document.getFileName().toString());
        }
        return imported.size() + " seed documents (" + String.join(", ", imported) + ") imported and published";
    }

    /** The committee's meeting on {@code date}, or null. */
    private static JsonNode meeting(Api api, String committee, String date) {
        JsonNode meetings = api.get("meetings-service", "/meetings?committee=" + committee + "&from=" + date + "&to="
                + date, DemoUser.SECRETARY).require().json();
        return meetings.isEmpty() ? null : meetings.get(0);
    }

    /** Publishes an agenda, or approves the minutes, as the secretariat does with the documents the seeds are. */
    private static void moveOn(Api api, String meetingId, String state, String target) {
        for (int next = LIFECYCLE.indexOf(state) + 1; next > 0 && next <= LIFECYCLE.indexOf(target); next++) {
            api.postJson("meetings-service", "/meetings/" + meetingId + "/transitions",
                    "{\"to\":\"" + LIFECYCLE.get(next) + "\"}", DemoUser.SECRETARY).require();
        }
    }

    private static void importDocument(Api api, String committee, Path document) {
        Api.Response response = api.post("meetings-service",
                "/imports?committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8", read(document), DemoUser.SECRETARY);
        if (!response.isSuccess()) {
            throw new DemoFailure(document.getFileName() + ": " + DemoFailure.of(response).getMessage());
        }
    }

    /**
     * The seeds are documents the municipality published, so their items were reviewed: what the importer holds back
     * for review (items it warned about) is approved as the document gives it.
     */
    private static void approveReviews(Api api, String committee) {
        for (JsonNode item : api.get("meetings-service", "/imports/reviews?committee=" + committee,
                DemoUser.SECRETARY).require().json()) {
            api.postJson("meetings-service", "/meetings/" + item.path("meetingId").asText() + "/items/"
                    + item.path("itemId").asText() + "/review", "{}", DemoUser.SECRETARY).require();
        }
    }

    private static List<Path> documents(Path seeds) {
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + seeds, e);
        }
    }

    private static String read(Path document) {
        try {
            return Files.readString(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + document, e);
        }
    }
}
