package dk.radhus.meetings;

import static dk.radhus.meetings.TestData.FINANCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.restassured.response.Response;

/**
 * Every public read that could show an item of a meeting: lists, item reads, history, attachment files, search,
 * feeds, OParl.
 */
final class PublicSurfaces {

    private PublicSurfaces() {
    }

    /** The paths, for a meeting with an open item and a hidden one whose text holds {@code marker}. */
    static List<String> paths(String committee, String meeting, String open, String hidden, String marker) {
        String items = "/meetings/" + meeting + "/items/";
        return List.of("/meetings", "/meetings?committee=" + committee, "/meetings/" + meeting, items,
                items + open, items + hidden, items + hidden + "/history", items + open + "/history",
                items + UUID.randomUUID(), items + UUID.randomUUID() + "/history", items + hidden + "/attachments/0/file",
                items + open + "/attachments/0/file",
                "/committees", "/committees/" + committee, "/committees/" + committee + "/members", "/persons",
                "/search?q=" + marker, "/search?q=" + marker + "&committee=" + committee, "/search?q=Lukket",
                "/search?q=personalesag", "/search?q=vækstregnskab&caseNumber=" + marker,
                "/search/results?q=" + marker, "/feeds/calendar.ics", "/feeds/calendar/" + committee + ".ics",
                "/feeds/feed.atom", "/feeds/feed/" + committee + ".atom",
                "/audit", "/q/openapi", "/oparl/v1.1/body/meetings", "/oparl/v1.1/body/agenda-items",
                "/oparl/v1.1/body/papers", "/oparl/v1.1/body/consultations", "/oparl/v1.1/body/files",
                "/oparl/v1.1/body/locations", "/oparl/v1.1/meeting/" + meeting, "/oparl/v1.1/agenda-item/" + hidden,
                "/oparl/v1.1/organization/" + committee + "/meetings",
                "/oparl/v1.1/body/papers?modified_since=2000-01-01T00:00:00Z",
                "/oparl/v1.1/body/files?modified_since=2000-01-01T00:00:00Z",
                "/oparl/v1.1/consultation/" + hidden, "/oparl/v1.1/file/" + hidden + "/0");
    }

    /** No path read anonymously or with a role that is not staff ({@code finance}) holds any of the markers. */
    static void assertNoneShows(List<String> paths, String... markers) {
        for (String token : Arrays.asList(null, FINANCE)) {
            for (String path : paths) {
                Response response = token == null ? given().get(path) : given().auth().oauth2(token).get(path);
                assertThat(response.statusCode()).as(path).isLessThan(500);
                String body = response.asString().toLowerCase();
                for (String marker : markers) {
                    assertThat(body).as(path).doesNotContain(marker.toLowerCase());
                }
            }
        }
    }
}
