package dk.radhus.portal;

import static dk.radhus.portal.Api.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The public pages against the real meetings-service: a committee with a published agenda and approved minutes, each
 * with a closed item whose every field carries a unique marker. The marker must appear in no public page's source.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class PublicPortalTest {

    private static final String MARKER = Api.unique("HEMMELIG");
    private static final String CODE = Api.unique("PU");
    private static final String OTHER = Api.unique("PO");
    private static final String NAME = "Borger- og Erhvervsudvalget " + CODE;
    private static final String INHABITANTS = Api.unique("IND");
    private static final String COMMUTERS = Api.unique("PEN");
    private static final String HOSTILE_TITLE = "Vækststrategi <script>alert('x')</script>";

    private static String agenda;
    private static String minutes;
    private static String draft;

    @BeforeEach
    void publishedMeetingsOnce() {
        if (agenda != null) {
            return;
        }
        Api.service("meetings", SECRETARY).body(Map.of("code", CODE, "name", NAME, "kind", "POLITICAL_COMMITTEE"))
                .post("/committees").then().statusCode(201);
        Api.service("meetings", SECRETARY).body(Map.of("code", OTHER, "name", "Økonomiudvalget " + OTHER,
                "kind", "POLITICAL_COMMITTEE")).post("/committees").then().statusCode(201);

        agenda = meeting(CODE, "2031-06-11T17:00:00", "B101");
        attendance(agenda);
        openItem(agenda, 1, "Meddelelser - juni", "ANNOUNCEMENTS", null);
        openItem(agenda, 2, HOSTILE_TITLE, "DECISION", "12/26442");
        closedItem(agenda, 3);
        transition(agenda, "AGENDA_PUBLISHED");

        minutes = meeting(CODE, "2011-05-11T17:00:00", "Mødelokale 2");
        attendance(minutes);
        String decided = openItem(minutes, 1, "Kvalitetskontrakt - overordnet målsætning", "DECISION", "3118504");
        String closed = closedItem(minutes, 2);
        transition(minutes, "AGENDA_PUBLISHED");
        decide(minutes, decided, "Godkendt med de faldne bemærkninger.", "APPROVED_WITH_REMARKS");
        decide(minutes, closed, "Beslutning " + MARKER, "APPROVED");
        transition(minutes, "HELD");
        transition(minutes, "MINUTES_APPROVED");

        String other = meeting(OTHER, "2011-05-12T09:00:00", "Byrådssalen");
        openItem(other, 1, "Erhvervsservice i Økonomiudvalget", "DECISION", "99/1");
        transition(other, "AGENDA_PUBLISHED");

        draft = meeting(CODE, "2031-09-01T17:00:00", "B101");

        growthAccounts();
    }

    /** Two indicators measured in 2020 and 2021, and the growth accounts of both years (the only ones published). */
    private static void growthAccounts() {
        for (String[] indicator : new String[][] {{INHABITANTS, "Indbyggertal", "UP"}, {COMMUTERS, "Udpendlere", "DOWN"}}) {
            Api.service("strategy", Api.EDITOR).body(Map.of("code", indicator[0], "name", indicator[1],
                    "unit", "personer", "source", "Danmarks Statistik", "direction", indicator[2],
                    "baselineYear", 2017, "baselineValue", 1000, "targetValue", 1500, "targetYear", 2022))
                    .post("/indicators").then().statusCode(201);
        }
        Map<String, Integer> values2020 = Map.of(INHABITANTS, 1100, COMMUTERS, 900);
        Map<String, Integer> values2021 = Map.of(INHABITANTS, 1250, COMMUTERS, 950);
        for (Map.Entry<Integer, Map<String, Integer>> year : Map.of(2020, values2020, 2021, values2021).entrySet()) {
            year.getValue().forEach((code, value) -> Api.service("strategy", Api.EDITOR).body(Map.of("value", value))
                    .put("/indicators/" + code + "/values/" + year.getKey()).then().statusCode(200));
        }
        for (int year : new int[] {2020, 2021}) {
            Api.service("strategy", Api.DIRECTOR).body(Map.of("year", year, "title", "Vækstregnskab " + year,
                    "indicatorCodes", List.of(INHABITANTS, COMMUTERS))).post("/growth-accounts")
                    .then().statusCode(201);
        }
    }

    @Test
    void shouldShowTheNextMeetingsTheLatestAgendasAndMinutesASearchBoxAndTheKeyFigures() {
        Document home = Api.page("/");

        assertThat(home.select("h1").text()).isEqualTo("Dagsordener, referater og nøgletal");
        assertThat(home.select("form[action=/soeg][method=get] input[name=q][type=search]")).hasSize(1);
        assertThat(home.select("label[for=q]").text()).isEqualTo("Søg i dagsordener og referater");

        List<Map<String, Object>> published = given().baseUri(Api.url("meetings")).get("/meetings").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.state != 'CANCELLED' }");
        String now = java.time.LocalDateTime.now().toString();
        List<String> upcoming = published.stream().filter(m -> m.get("startsAt").toString().compareTo(now) >= 0)
                .sorted(java.util.Comparator.comparing(m -> m.get("startsAt").toString())).limit(5)
                .map(m -> "/moeder/" + m.get("id")).toList();
        List<String> latest = published.stream().filter(m -> m.get("startsAt").toString().compareTo(now) < 0)
                .sorted(java.util.Comparator.comparing((Map<String, Object> m) -> m.get("startsAt").toString())
                        .reversed()).limit(5).map(m -> "/moeder/" + m.get("id")).toList();
        assertThat(home.select("section.kommende li a").eachAttr("href")).isNotEmpty().containsExactlyElementsOf(upcoming)
                .doesNotContain("/moeder/" + draft);
        assertThat(home.select("section.seneste li a").eachAttr("href")).isNotEmpty().containsExactlyElementsOf(latest);
        assertThat(home.select("section.seneste li a").eachText()).allMatch(t -> t.startsWith("Referat: ")
                || t.startsWith("Dagsorden: "));
        assertThat(home.select("a[href=/moeder/" + minutes + "]").eachText())
                .allMatch(t -> t.equals("Referat: " + NAME));

        Element figures = home.selectFirst("section.noegletal");
        assertThat(figures).isNotNull();
        assertThat(figures.selectFirst("h2").text()).isEqualTo("Nøgletal: Vækstregnskab 2021");
        assertThat(figures.selectFirst("p.meta").text()).contains("Vækstregnskabet for 2021", "2 indikatorer");
        assertThat(figures.select("figure.graf figcaption .navn").eachText())
                .containsExactlyInAnyOrder("Indbyggertal", "Udpendlere");
        Element inhabitants = figures.select("figure.graf").stream()
                .filter(f -> f.select(".navn").text().equals("Indbyggertal")).findFirst().orElseThrow();
        assertThat(inhabitants.select("svg polyline.serie")).hasSize(1);
        assertThat(inhabitants.select("svg circle.punkt")).hasSize(2);
        assertThat(inhabitants.select("table tbody tr").eachText()).containsExactly("2020 1.100", "2021 1.250");
        assertThat(Api.headingLevels(home)).startsWith(1).doesNotContainSequence(1, 3).doesNotContainSequence(2, 4);
    }

    @Test
    void shouldLayOutAnAgendaAsMunicipalitiesPrintIt() {
        Document page = Api.page("/moeder/" + agenda);

        assertThat(page.select("h1")).singleElement().extracting(Element::text)
                .isEqualTo("Dagsorden til " + NAME);
        assertThat(page.select("dl.fakta dt").eachText()).containsExactly("Dato", "Tidspunkt", "Sted", "Status");
        assertThat(page.select("dl.fakta dd").eachText()).containsExactly("onsdag den 11. juni 2031", "17:00 – 19:00",
                "B101", "Dagsorden offentliggjort");
        assertThat(page.select("ul.deltagere:not(.afbud) li").eachText())
                .containsExactly("Hugo Hammel (A)", "Conny Trøjborg Krogh (F)");
        assertThat(page.select("ul.afbud li").eachText()).containsExactly("Jesper Kirkegaard (C)");
        assertThat(page.select("ol.toc li").eachText()).containsExactly("1. Meddelelser - juni",
                "2. " + HOSTILE_TITLE, "3. Lukket punkt");
        assertThat(page.select("section.punkt > h2").eachText()).containsExactly("1. Meddelelser - juni",
                "2. " + HOSTILE_TITLE, "3. Lukket punkt");
        Element second = page.getElementById("punkt-2");
        assertThat(second.select("h3").eachText()).containsExactly("Sagsfremstilling", "Indstilling", "Bilag");
        assertThat(second.select("dl.sagsdata dd").eachText()).containsExactly(NAME + " A", "12/26442", "D-2",
                "Åben sag");
        assertThat(second.select("p.tekst").eachText()).contains("Administrationen indstiller, at udvalget godkender.");
        assertThat(page.getElementById("punkt-3").text()).isEqualTo("3. Lukket punkt Lukket sag");
    }

    @Test
    void shouldHaveOneH1OrderedHeadingsLandmarksAndLabels() {
        for (String path : List.of("/", "/budget", "/udvalg", "/udvalg/" + CODE, "/kalender", "/moeder/" + agenda,
                "/moeder/" + minutes, "/soeg", "/soeg?q=erhvervsservice")) {
            Document page = Api.page(path);
            List<Integer> levels = Api.headingLevels(page);
            assertThat(levels).as(path).startsWith(1).filteredOn(level -> level == 1).hasSize(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as(path + " heading " + i).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
            assertThat(page.select("html").attr("lang")).isEqualTo("da");
            assertThat(page.select("main#indhold")).as(path).hasSize(1);
            assertThat(page.select("header nav[aria-label]")).as(path).hasSize(1);
            assertThat(page.select("a.spring-over[href=#indhold]")).as(path).hasSize(1);
            page.select("input:not([type=hidden]), select").forEach(field -> assertThat(
                    page.select("label[for=" + field.id() + "]")).as(path + " label for " + field.id()).hasSize(1));
        }
    }

    @Test
    void shouldShowMinutesWithDecisions() {
        Document page = Api.page("/moeder/" + minutes);

        assertThat(page.select("h1").text()).isEqualTo("Referat til " + NAME);
        Element decided = page.getElementById("punkt-1");
        assertThat(decided.select(".beslutning h3").text()).isEqualTo("Beslutning den 11. maj 2011");
        assertThat(decided.select(".beslutning").text()).contains("Godkendt med de faldne bemærkninger.",
                "Udfald: Godkendt med de faldne bemærkninger");
        assertThat(page.getElementById("punkt-2").select(".beslutning")).isEmpty();
        assertThat(page.getElementById("punkt-2").text()).isEqualTo("2. Lukket punkt Lukket sag");
    }

    @Test
    void shouldNeverSendAClosedItemsContentToABrowser() {
        List<String> paths = List.of("/", "/budget", "/udvalg", "/udvalg/" + CODE, "/kalender",
                "/kalender?udvalg=" + CODE, "/moeder/" + agenda, "/moeder/" + minutes, "/soeg?q=" + MARKER,
                "/soeg?q=personalesag", "/soeg?q=fortroligt", "/soeg?q=erhvervsservice&sagsnr=" + MARKER,
                "/feeds/kalender.ics", "/feeds/kalender/" + CODE + ".ics", "/feeds/dagsordener.atom",
                "/feeds/udvalg/" + CODE + ".atom", "/sag?nr=" + MARKER);
        for (String path : paths) {
            String source = Api.source(path);
            if (path.startsWith("/soeg")) {
                Document page = Jsoup.parse(source);
                assertThat(page.select("ol.resultater")).as(path).isEmpty();
                page.select("form").remove();
                source = page.outerHtml();
            }
            assertThat(source).as(path).doesNotContainIgnoringCase(MARKER);
        }
        assertThat(Api.source("/moeder/" + agenda)).contains("Lukket punkt");
        assertThat(Api.source("/moeder/" + minutes)).contains("Lukket punkt");
    }

    @Test
    void shouldShowTheClosedItemClosedEvenToALoggedInDirector() {
        String page = given().auth().oauth2(Api.DIRECTOR).get("/moeder/" + agenda).then().statusCode(200)
                .extract().asString();

        assertThat(page).doesNotContain(MARKER).contains("3. Lukket punkt").contains("Direktionens overblik");
    }

    @Test
    void shouldEscapeServiceTextSoNoScriptReachesThePage() {
        Document page = Api.page("/moeder/" + agenda);

        assertThat(page.select("script")).isEmpty();
        assertThat(page.getElementById("punkt-2-titel").text()).isEqualTo("2. " + HOSTILE_TITLE);
        assertThat(Api.source("/moeder/" + agenda)).contains("Vækststrategi &lt;script&gt;alert(");
    }

    @Test
    void shouldSearchWithHighlightsAndFilters() {
        Document all = Api.page("/soeg?q=erhvervsservice");
        assertThat(all.select("ol.resultater > li")).hasSize(4);
        assertThat(all.select("#resultater").text()).isEqualTo("4 resultater");
        assertThat(all.select("ol.resultater .uddrag mark")).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.text()).containsIgnoringCase("erhvervsservice"));
        assertThat(all.select("ol.resultater .uddrag *")).allSatisfy(e -> assertThat(e.tagName()).isEqualTo("mark"));
        assertThat(all.select("ol.resultater .uddrag script")).isEmpty();

        Document committee = Api.page("/soeg?q=erhvervsservice&udvalg=" + OTHER);
        assertThat(committee.select("ol.resultater h3").eachText()).containsExactly("1. Erhvervsservice i Økonomiudvalget");
        assertThat(committee.select("ol.resultater a").attr("href")).endsWith("#punkt-1");
        assertThat(committee.select("#udvalg option[selected]").attr("value")).isEqualTo(OTHER);

        Document dated = Api.page("/soeg?q=erhvervsservice&udvalg=" + CODE + "&fra=2011-01-01&til=2011-12-31");
        assertThat(dated.select("ol.resultater h3").eachText())
                .containsExactly("1. Kvalitetskontrakt - overordnet målsætning");
        assertThat(dated.select("ol.resultater .meta").text()).contains(NAME, "11. maj 2011", "Sagsnr. 3118504");

        Document byCase = Api.page("/soeg?q=erhvervsservice&sagsnr=12/26442");
        assertThat(byCase.select("ol.resultater h3").eachText()).containsExactly("2. " + HOSTILE_TITLE);

        assertThat(Api.page("/soeg?q=erhvervsservice&fra=11-05-2011").select("p.fejl").text())
                .isEqualTo("Datoen skal skrives som åååå-mm-dd, fx 2011-05-11.");
        assertThat(Jsoup.parse(given().queryParam("q", "  ").get("/soeg").then().statusCode(200).extract().asString())
                .select("p.fejl").text()).isEqualTo("Skriv et eller flere søgeord.");
        assertThat(Api.page("/soeg?q=ordsomikkefindesnogetsted").select("#resultater").text())
                .isEqualTo("Ingen resultater");
    }

    @Test
    void shouldListCommitteesAndACalendarOfPublishedMeetings() {
        assertThat(Api.page("/udvalg").select("a[href=/udvalg/" + CODE + "]").text()).isEqualTo(NAME);

        Document committee = Api.page("/udvalg/" + CODE);
        assertThat(committee.select("tbody tr")).hasSize(2);
        assertThat(committee.select("a[href=/moeder/" + agenda + "]").text()).isEqualTo("Dagsorden");
        assertThat(committee.select("a[href=/moeder/" + minutes + "]").text()).isEqualTo("Referat");
        assertThat(committee.select("a[href=/feeds/kalender/" + CODE + ".ics]")).hasSize(1);

        Document calendar = Api.page("/kalender?udvalg=" + CODE);
        assertThat(calendar.select("h2").eachText()).containsExactly("Kommende møder", "Tidligere møder");
        assertThat(calendar.select("section.maaned h3").eachText()).containsExactly("Juni 2031", "Maj 2011");
        assertThat(calendar.select("ul.moeder li").eachText()).containsExactly(
                "onsdag den 11. juni 2031 kl. 17:00: Dagsorden: " + NAME + ", B101",
                "onsdag den 11. maj 2011 kl. 17:00: Referat: " + NAME + ", Mødelokale 2");

        Document filtered = Api.page("/kalender?fra=2011-05-12&til=2011-05-12");
        assertThat(filtered.select("ul.moeder li a").eachText()).containsExactly("Dagsorden: Økonomiudvalget " + OTHER);
    }

    /** A case on two meetings of a committee of its own: the minutes with a split vote, then the next agenda. */
    @Test
    void shouldShowACasesMeetingsOnItsPageAndTheVoteWithTheDecision() {
        String committee = Api.unique("PS");
        String caseNumber = "26/" + committee;
        Api.service("meetings", SECRETARY).body(Map.of("code", committee, "name", "Planudvalget " + committee,
                "kind", "POLITICAL_COMMITTEE")).post("/committees").then().statusCode(201);
        String first = meeting(committee, "2012-01-10T17:00:00", "B101");
        String item = openItem(first, 1, "Lokalplan for havnen", "DECISION", caseNumber);
        transition(first, "AGENDA_PUBLISHED");
        decide(first, item, "Godkendt.", "APPROVED");
        Api.service("meetings", SECRETARY).body(Map.of("unanimous", false,
                "lines", List.of(Map.of("voter", "A", "choice", "FOR", "votes", 5),
                        Map.of("voter", "V", "choice", "FOR", "votes", 2),
                        Map.of("voter", "O", "choice", "AGAINST", "votes", 2)),
                "notes", List.of(Map.of("kind", "MINORITY_STATEMENT", "name", "O",
                        "text", "Dansk Folkeparti kan ikke støtte forslaget."))))
                .put("/meetings/%s/items/%s/vote".formatted(first, item)).then().statusCode(200);
        transition(first, "HELD");
        transition(first, "MINUTES_APPROVED");
        String second = meeting(committee, "2012-02-14T17:00:00", "B101");
        openItem(second, 1, "Lokalplan for havnen, endelig vedtagelse", "DECISION", caseNumber);
        transition(second, "AGENDA_PUBLISHED");

        Element vote = Api.page("/moeder/" + first).selectFirst("#punkt-1 .afstemning");
        assertThat(vote).isNotNull();
        assertThat(vote.select("tbody tr").eachText()).containsExactly("For 7 A (5), V (2)", "Imod 2 O (2)",
                "Undlod at stemme 0");
        assertThat(vote.select("p.note").text())
                .isEqualTo("Mindretalsudtalelse: O – Dansk Folkeparti kan ikke støtte forslaget.");
        assertThat(Api.page("/moeder/" + second).select("#punkt-1 .afstemning")).isEmpty();

        String link = Api.page("/moeder/" + first).select("#punkt-1 dl.sagsdata a").attr("href");
        assertThat(link).isEqualTo("/sag?nr=26%2F" + committee);
        Document page = Jsoup.parse(given().urlEncodingEnabled(false).get(link).then().statusCode(200).extract()
                .asString());
        assertThat(page.select("h1").text()).isEqualTo("Sag " + caseNumber);
        assertThat(page.select("ol.sagsforloeb > li h2").eachText()).containsExactly(
                "10. januar 2012: Planudvalget " + committee, "14. februar 2012: Planudvalget " + committee);
        assertThat(page.select("ol.sagsforloeb a").eachAttr("href")).containsExactly("/moeder/" + first + "#punkt-1",
                "/moeder/" + second + "#punkt-1");
        assertThat(page.select("p.beslutning-kort").eachText()).containsExactly("Beslutning: Godkendt. (Godkendt)");
        String feed = page.select("a[href^=/feeds/sag.atom]").attr("href");
        String atom = given().urlEncodingEnabled(false).get(feed).then().statusCode(200)
                .contentType("application/atom+xml;charset=UTF-8").extract().asString();
        assertThat(atom).contains("/moeder/" + first + "\"", "/moeder/" + second + "\"")
                .doesNotContain(Api.url("meetings"), "/moeder/" + minutes + "\"");

        given().get("/sag?nr=" + MARKER).then().statusCode(404);
        given().get("/sag").then().statusCode(404);
        String unknown = Api.unique("UKENDT");
        assertThat(given().get("/feeds/sag.atom?nr=" + MARKER).then().statusCode(200).extract().asString())
                .as("a closed item's case number: the same empty feed as an unknown one, the asked number echoed")
                .doesNotContain("<entry").isEqualTo(given().get("/feeds/sag.atom?nr=" + unknown).then().statusCode(200)
                        .extract().asString().replace(unknown, MARKER));
    }

    @Test
    void shouldLinkAndServeTheFeedsWithLinksToThePortal() {
        Document home = Api.page("/");
        assertThat(home.select("a[href=/feeds/kalender.ics]")).isNotEmpty();
        assertThat(home.select("a[href=/feeds/dagsordener.atom]")).isNotEmpty();
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/feeds/dagsordener.atom");

        String calendar = given().get("/feeds/kalender/" + CODE + ".ics").then().statusCode(200)
                .contentType("text/calendar;charset=UTF-8").extract().asString();
        assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("B101", "Mødelokale 2");

        String atom = given().get("/feeds/dagsordener.atom").then().statusCode(200)
                .contentType("application/atom+xml;charset=UTF-8").extract().asString();
        assertThat(atom).contains("/moeder/" + agenda + "\"", "/moeder/" + minutes + "\"",
                "/feeds/dagsordener.atom\"").doesNotContain(Api.url("meetings"));

        Document committee = Api.page("/udvalg/" + CODE);
        String committeeFeed = "/feeds/udvalg/" + CODE + ".atom";
        assertThat(committee.select("a[href=" + committeeFeed + "]")).hasSize(1);
        assertThat(committee.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains(committeeFeed);
        String committeeAtom = given().get(committeeFeed).then().statusCode(200)
                .contentType("application/atom+xml;charset=UTF-8").extract().asString();
        assertThat(committeeAtom).contains("/moeder/" + agenda + "\"", "/moeder/" + minutes + "\"",
                committeeFeed + "\"").doesNotContain(Api.url("meetings"), "Økonomiudvalget " + OTHER);
    }

    @Test
    void shouldAnswerMissingAndUnpublishedPagesWithSidenFindesIkke() {
        for (String path : List.of("/moeder/" + draft, "/moeder/00000000-0000-0000-0000-000000000000",
                "/udvalg/FINDESIKKE", "/findes-ikke", "/moeder/ikke-et-id")) {
            String page = given().get(path).then().statusCode(404).contentType("text/html;charset=UTF-8")
                    .extract().asString();
            assertThat(page).as(path).contains("<h1>Siden findes ikke</h1>").doesNotContain("Exception");
        }
    }

    private static String meeting(String committee, String startsAt, String location) {
        return Api.service("meetings", SECRETARY).body(Map.of("committeeCode", committee, "startsAt", startsAt,
                "endsAt", startsAt.substring(0, 11) + "19:00:00", "location", location))
                .post("/meetings").then().statusCode(201).extract().path("id");
    }

    private static void attendance(String meeting) {
        Api.service("meetings", SECRETARY).body(List.of(
                Map.of("name", "Hugo Hammel", "status", "PRESENT", "note", "A"),
                Map.of("name", "Conny Trøjborg Krogh", "status", "PRESENT", "note", "F"),
                Map.of("name", "Jesper Kirkegaard", "status", "ABSENT_WITH_APOLOGIES", "note", "C")))
                .put("/meetings/" + meeting + "/attendance").then().statusCode(200);
    }

    private static String openItem(String meeting, int number, String title, String kind, String caseNumber) {
        Map<String, Object> item = new java.util.HashMap<>(Map.of("number", number, "title", title, "kind", kind,
                "access", "OPEN", "documentNumber", "D-" + number,
                "sections", List.of(
                        Map.of("type", "CASE_PRESENTATION", "body",
                                "Kommunens erhvervsservice skal styrkes.\n\nDet gælder især iværksættere."),
                        Map.of("type", "RECOMMENDATION", "body", "Administrationen indstiller, at udvalget godkender.")),
                "attachments", List.of(Map.of("title", "Notat om erhvervsservice", "documentReference", "2723138"))));
        if (caseNumber != null) {
            item.put("caseNumber", caseNumber);
        }
        return Api.service("meetings", SECRETARY).body(item).post("/meetings/" + meeting + "/items")
                .then().statusCode(201).extract().path("id");
    }

    private static String closedItem(String meeting, int number) {
        return Api.service("meetings", SECRETARY).body(Map.of("number", number, "title", "Personalesag " + MARKER,
                "caseNumber", MARKER, "documentNumber", MARKER, "kind", "DECISION", "access", "CLOSED",
                "sections", List.of(Map.of("type", "CASE_PRESENTATION", "heading", "Sagsfremstilling " + MARKER,
                        "body", "Fortroligt: erhvervsservice " + MARKER)),
                "attachments", List.of(Map.of("title", "Bilag " + MARKER, "documentReference", MARKER))))
                .post("/meetings/" + meeting + "/items").then().statusCode(201).extract().path("id");
    }

    private static void transition(String meeting, String to) {
        Api.service("meetings", SECRETARY).body(Map.of("to", to)).post("/meetings/" + meeting + "/transitions")
                .then().statusCode(200);
    }

    private static void decide(String meeting, String item, String text, String outcome) {
        Api.service("meetings", SECRETARY).body(Map.of("text", text, "outcome", outcome, "decidedOn", "2011-05-11"))
                .put("/meetings/" + meeting + "/items/" + item + "/decision").then().statusCode(200);
    }
}
