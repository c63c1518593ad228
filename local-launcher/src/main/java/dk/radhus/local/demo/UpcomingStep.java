package dk.radhus.local.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What lies ahead, for the web portal's pages ({@code demo/upcoming.json}): BEU's and Direktionen's next meetings
 * planned as the secretary — meetings-service then drafts the submitted follow-up's and the red initiatives' items onto
 * them — Økonomiudvalget's next meeting with its agenda (one closed item) and attendance, published; and BEU's next
 * follow-up as a draft for the finance upload, as finance. Dated from today (Danish time). What is there already (a
 * meeting of the committee at that time and place from today on, an item number, the follow-up round) is kept.
 */
public final class UpcomingStep implements DemoStep {

    private static final String MEETINGS = "meetings-service";
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Override
    public String name() {
        return "upcoming";
    }

    @Override
    public String load(DemoContext context) {
        Api api = context.api();
        JsonNode data = DemoFiles.json("upcoming.json");
        LocalDate today = LocalDate.now(DANISH_TIME);
        List<String> planned = new ArrayList<>();
        for (JsonNode meeting : data.path("plannedMeetings")) {
            meeting(api, meeting, today);
            planned.add(meeting.path("committeeCode").asText() + " " + today.plusDays(meeting.path("daysAhead").asInt()));
        }
        JsonNode published = data.path("publishedMeeting");
        JsonNode meeting = meeting(api, published, today);
        String id = meeting.path("id").asText();
        List<Integer> numbers = new ArrayList<>();
        api.get(MEETINGS, "/meetings/" + id + "/items", DemoUser.SECRETARY).require().json()
                .forEach(item -> numbers.add(item.path("number").asInt()));
        if ("PLANNED".equals(meeting.path("state").asText())) {
            for (JsonNode item : published.path("items")) {
                if (!numbers.contains(item.path("number").asInt())) {
                    api.postJson(MEETINGS, "/meetings/" + id + "/items", item, DemoUser.SECRETARY).require();
                }
            }
            api.putJson(MEETINGS, "/meetings/" + id + "/attendance", published.path("attendance"), DemoUser.SECRETARY)
                    .require();
            api.postJson(MEETINGS, "/meetings/" + id + "/transitions", "{\"to\":\"AGENDA_PUBLISHED\"}",
                    DemoUser.SECRETARY).require();
        }
        long closed = published.path("items").findValuesAsText("access").stream().filter("CLOSED"::equals).count();
        JsonNode draft = data.path("draftFollowUp");
        draftFollowUp(api, draft);
        return ("%s planned (drafted items land there); %s %s published with %d items, %d closed; %s's follow-up %d"
                + " round %d pr. %s as a draft").formatted(String.join(" and ", planned),
                        published.path("committeeCode").asText(), today.plusDays(published.path("daysAhead").asInt()),
                        published.path("items").size(), closed, draft.path("committeeCode").asText(),
                        draft.path("fiscalYear").asInt(), draft.path("round").asInt(), draft.path("cutOffDate").asText());
    }

    /** The committee's meeting at that time and place, planned now if it is not there. */
    private static JsonNode meeting(Api api, JsonNode wanted, LocalDate today) {
        String committee = wanted.path("committeeCode").asText();
        LocalDate date = today.plusDays(wanted.path("daysAhead").asInt());
        String startsAt = date.atTime(LocalTime.parse(wanted.path("startTime").asText())).toString();
        for (JsonNode existing : api.get(MEETINGS, "/meetings?committee=" + committee + "&from=" + today,
                DemoUser.SECRETARY).require().json()) {
            if (existing.path("location").asText().equals(wanted.path("location").asText())
                    && existing.path("startsAt").asText().startsWith(startsAt)) {
                return existing;
            }
        }
        ObjectNode request = Api.JSON.createObjectNode()
                .put("committeeCode", committee)
                .put("startsAt", startsAt)
                .put("endsAt", date.atTime(LocalTime.parse(wanted.path("endTime").asText())).toString())
                .put("location", wanted.path("location").asText());
        return api.postJson(MEETINGS, "/meetings", request, DemoUser.SECRETARY).require().json();
    }

    private static void draftFollowUp(Api api, JsonNode request) {
        JsonNode followUps = api.get("budget-service", "/follow-ups?year=%d&committee=%s".formatted(
                request.path("fiscalYear").asInt(), request.path("committeeCode").asText()), DemoUser.FINANCE)
                .require().json();
        for (JsonNode followUp : followUps) {
            if (followUp.path("round").equals(request.path("round"))) {
                return;
            }
        }
        api.postJson("budget-service", "/follow-ups", request, DemoUser.FINANCE).require();
    }
}
