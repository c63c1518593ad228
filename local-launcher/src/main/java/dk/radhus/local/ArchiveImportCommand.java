package dk.radhus.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dk.radhus.local.demo.Api;
import dk.radhus.local.demo.DemoUser;

/**
 * {@code ./run-local.sh import <folder> …}: imports a folder of agendas and minutes into the running local stack's
 * meetings-service as one archive job (POST /imports/archives), as the demo secretary, and prints its progress and
 * each failed document. Exit code 0 when every document was imported (or was unchanged), 1 when one failed.
 */
final class ArchiveImportCommand {

    static final String USAGE = """
            Usage: ./run-local.sh import <folder> [--committee CODE] [--committee-map FILE] [--dry-run] [--published]
              Imports every .txt, .md, .html, .htm, .pdf and .docx file under <folder> (hidden files left out) into the
              running stack's meetings-service as one archive job, and prints its progress.
              --committee CODE       every document into this committee (else the committee named in each document)
              --committee-map FILE   lines "Navn i dokumenterne = KODE": mapped first (PUT /committee-names)
              --dry-run              report what each document would do; writes nothing (the map is not sent either)
              --published            the documents were published: agendas become published, minutes approved""";

    private static final long POLL_MILLIS = 500;

    /** The command line after {@code import}. */
    record Options(Path folder, String committee, Path committeeMap, boolean dryRun, boolean published) {

        static Options parse(List<String> args) {
            Path folder = null;
            String committee = null;
            Path committeeMap = null;
            boolean dryRun = false;
            boolean published = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--committee" -> committee = value(args, ++i, arg);
                    case "--committee-map" -> committeeMap = Path.of(value(args, ++i, arg));
                    case "--dry-run" -> dryRun = true;
                    case "--published" -> published = true;
                    case "--help", "-h" -> throw new LauncherException(USAGE);
                    default -> {
                        if (arg.startsWith("-") || folder != null) {
                            throw new LauncherException("Unknown option " + arg + "\n" + USAGE);
                        }
                        folder = Path.of(arg);
                    }
                }
            }
            if (folder == null) {
                throw new LauncherException("No folder given\n" + USAGE);
            }
            if (!Files.isDirectory(folder)) {
                throw new LauncherException(folder + " is not a folder");
            }
            return new Options(folder, committee, committeeMap, dryRun, published);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size() || args.get(i).startsWith("--")) {
                throw new LauncherException(option + " needs a value\n" + USAGE);
            }
            return args.get(i);
        }

        String query() {
            List<String> parameters = new ArrayList<>();
            if (committee != null) {
                parameters.add("committee=" + URLEncoder.encode(committee, StandardCharsets.UTF_8));
            }
            if (dryRun) {
                parameters.add("dryRun=true");
            }
            if (published) {
                parameters.add("published=true");
            }
            return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
        }
    }

    private final Api api;
    private final Console console;

    ArchiveImportCommand(Api api, Console console) {
        this.api = api;
        this.console = console;
    }

    int run(Options options) {
        if (options.committeeMap() != null) {
            Map<String, String> names = committeeMap(options.committeeMap());
            if (options.dryRun()) {
                console.line("Dry run: the " + names.size() + " committee names of " + options.committeeMap()
                        + " are not mapped; documents that need them show as FAILED.");
            } else {
                names.forEach((name, code) -> api.putJson("meetings-service", "/committee-names",
                        JsonNodeFactory.instance.objectNode().put("name", name).put("committeeCode", code),
                        DemoUser.SECRETARY).require());
                console.line("Mapped " + names.size() + " committee names.");
            }
        }
        byte[] archive = zip(options.folder());
        JsonNode job = api.post("meetings-service", "/imports/archives" + options.query(), "application/zip", archive,
                DemoUser.SECRETARY).require().json();
        console.line("Job " + job.path("id").asText() + ": " + job.path("total").asInt() + " documents ("
                + archive.length / 1024 + " KB zipped)" + (options.dryRun() ? ", dry run" : ""));
        int shown = -1;
        while (!job.path("state").asText().equals("DONE")) {
            if (job.path("done").asInt() != shown) {
                shown = job.path("done").asInt();
                console.line(progress(job));
            }
            pause();
            job = api.get("meetings-service", "/imports/archives/" + job.path("id").asText(), DemoUser.SECRETARY)
                    .require().json();
        }
        console.line(progress(job));
        int failed = 0;
        for (JsonNode document : job.path("documents")) {
            if (document.path("outcome").asText().equals("FAILED")) {
                failed++;
                console.line("  FAILED " + document.path("name").asText() + ": " + document.path("message").asText());
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /** "12/500 done: CREATED 10, FAILED 2". */
    static String progress(JsonNode job) {
        StringBuilder line = new StringBuilder(job.path("done").asInt() + "/" + job.path("total").asInt() + " done");
        List<String> counts = new ArrayList<>();
        job.path("outcomes").fields().forEachRemaining(e -> counts.add(e.getKey() + " " + e.getValue().asInt()));
        return counts.isEmpty() ? line.toString() : line.append(": ").append(String.join(", ", counts)).toString();
    }

    /** The folder's files (hidden ones and those in hidden folders left out) as a zip, by their path in the folder. */
    static byte[] zip(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream archive = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            List<Path> documents = files.filter(Files::isRegularFile)
                    .filter(file -> !hidden(folder.relativize(file))).sorted().toList();
            if (documents.isEmpty()) {
                throw new LauncherException(folder + " holds no files to import");
            }
            for (Path file : documents) {
                archive.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                archive.write(Files.readAllBytes(file));
                archive.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot zip " + folder, e);
        }
        return bytes.toByteArray();
    }

    /** The lines "Navn i dokumenterne = KODE" of a committee map; blank lines and lines starting with # left out. */
    static Map<String, String> committeeMap(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LauncherException("Cannot read the committee map " + file + ": " + e.getMessage());
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            if (equals <= 0 || line.substring(0, equals).isBlank() || line.substring(equals + 1).isBlank()) {
                throw new LauncherException(file + " line " + (i + 1) + ": expected \"Navn i dokumenterne = KODE\"");
            }
            names.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return names;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".") || part.toString().equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }
}
