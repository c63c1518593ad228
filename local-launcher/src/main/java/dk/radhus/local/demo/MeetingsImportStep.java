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

/**
 * The seed agendas and minutes ({@code <committee>_dagsorden|referat_<yyyy-mm-dd>.txt}) imported into meetings-service
 * through {@code POST /imports}, as the secretary. A document whose meeting already exists is not imported again.
 * Documents of other kinds (e.g. a magazine column) and committees without a known code are left out.
 */
public final class MeetingsImportStep implements DemoStep {

    private static final Pattern MEETING_DOCUMENT =
            Pattern.compile("([a-zæøå]+)_(?:dagsorden|referat)_(\\d{4}-\\d{2}-\\d{2})\\.txt");
    private static final Map<String, String> COMMITTEE_CODES = Map.of("beu", "BEU", "direktionen", "DIR",
            "oeu", "OEU", "byraadet", "BY");

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public String load(DemoContext context) {
        Path seeds = context.seeds().orElseThrow(() -> new DemoFailure(
                "no seed documents found (set RADHUS_SEEDS_DIR to the directory of the agendas and minutes)"));
        List<String> imported = new ArrayList<>();
        for (Path document : documents(seeds)) {
            Matcher name = MEETING_DOCUMENT.matcher(document.getFileName().toString());
            if (!name.matches() || !COMMITTEE_CODES.containsKey(name.group(1))) {
                continue;
            }
            String committee = COMMITTEE_CODES.get(name.group(1));
            if (!meetingExists(context.api(), committee, name.group(2))) {
                importDocument(context.api(), committee, document);
            }
            imported.add(document.getFileName().toString());
        }
        return imported.size() + " seed documents (" + String.join(", ", imported) + ") in meetings-service";
    }

    private static boolean meetingExists(Api api, String committee, String date) {
        Api.Response response = api.get("meetings-service",
                "/meetings?committee=" + committee + "&from=" + date + "&to=" + date, DemoUser.SECRETARY);
        if (!response.isSuccess()) {
            throw new DemoFailure("GET /meetings?committee=" + committee + " answered " + response.status() + ": "
                    + response.body());
        }
        return !response.body().strip().equals("[]");
    }

    private static void importDocument(Api api, String committee, Path document) {
        Api.Response response = api.post("meetings-service",
                "/imports?committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8", read(document), DemoUser.SECRETARY);
        if (!response.isSuccess()) {
            throw new DemoFailure("POST /imports " + document.getFileName() + " answered " + response.status() + ": "
                    + response.body());
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
