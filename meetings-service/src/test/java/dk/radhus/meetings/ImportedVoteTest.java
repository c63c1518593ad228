package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;

/**
 * Minutes that state their votes ("Godkendt med 15 stemmer (A, V, F) mod 10 (O, C)", "Enstemmigt godkendt") are
 * imported with the votes and their notes, shown as a vote entered by the secretary is; a vote the text does not state
 * to the end is a warning of the document and no vote, and holds nothing back for review; a new version of the
 * minutes replaces the vote.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ImportedVoteTest {

    @Test
    void shouldImportTheVotesTheMinutesStateAndShowThemToThePublic() {
        String committee = TestData.committee();
        String meeting = given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8")
                .body(minutes("Enstemmigt godkendt.")).post("/imports?committee=" + committee + "&published=true")
                .then().statusCode(201).body("state", equalTo("MINUTES_APPROVED"))
                .body("document.items[0].decision.vote.counts.votes", contains(15, 10))
                .body("document.items[2].warnings.size()", equalTo(0))
                .body("document.warnings", hasItem(containsString("Punkt 3: Afstemningen kunne ikke læses")))
                .extract().path("meetingId");
        List<String> items = call(SECRETARY, "GET", "/meetings/" + meeting + "/items", null).extract().path("id");

        call(null, "GET", "/meetings/" + meeting + "/items/" + items.get(0), null).statusCode(200)
                .body("vote.unanimous", equalTo(false))
                .body("vote.lines.voter", contains("A, V, F", "O, C"))
                .body("vote.lines.choice", contains("FOR", "AGAINST"))
                .body("vote.lines.votes", contains(15, 10))
                .body("vote.notes[0].kind", equalTo("MINORITY_STATEMENT"))
                .body("vote.notes[0].name", equalTo("O"))
                .body("vote.notes[0].text", equalTo("Udgiften er ikke finansieret."));
        call(null, "GET", "/meetings/" + meeting + "/items/" + items.get(1), null).statusCode(200)
                .body("vote.unanimous", equalTo(true)).body("vote.lines.size()", equalTo(0));
        call(null, "GET", "/meetings/" + meeting + "/items/" + items.get(2), null).statusCode(200)
                .body("title", equalTo("Skolestruktur")).body("vote", nullValue());
        call(null, "GET", "/oparl/v1.1/agenda-item/" + items.get(0), null).statusCode(200)
                .body("result", equalTo("Godkendt (A, V, F for 15, O, C imod 10)"));
    }

    @Test
    void shouldReplaceTheVoteWithTheOneOfANewVersionOfTheMinutes() {
        String committee = TestData.committee();
        String meeting = given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8")
                .body(minutes("Enstemmigt godkendt.")).post("/imports?committee=" + committee).then().statusCode(201)
                .body("state", equalTo("HELD")).extract().path("meetingId");
        String second = call(SECRETARY, "GET", "/meetings/" + meeting + "/items", null).extract().path("[1].id");
        call(SECRETARY, "GET", "/meetings/" + meeting + "/items/" + second, null).body("vote.unanimous", equalTo(true));

        given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8")
                .body(minutes("Forslaget blev forkastet med 6 stemmer (A) mod 3 (V).")).post("/imports?committee="
                        + committee).then().statusCode(200).body("outcome", equalTo("UPDATED"));

        call(SECRETARY, "GET", "/meetings/" + meeting + "/items/" + second, null).statusCode(200)
                .body("decision.outcome", equalTo("REJECTED"))
                .body("vote.unanimous", equalTo(false))
                .body("vote.lines.voter", contains("A", "V"))
                .body("vote.lines.choice", contains("AGAINST", "FOR"))
                .body("vote.lines.votes", contains(6, 3));

        given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8")
                .body(minutes("Godkendt.")).post("/imports?committee=" + committee).then().statusCode(200)
                .body("outcome", equalTo("UPDATED"));
        call(SECRETARY, "GET", "/meetings/" + meeting + "/items/" + second, null).statusCode(200)
                .body("decision.outcome", equalTo("APPROVED")).body("vote", nullValue());
    }

    /** Minutes of three decided items; the second item's decision is {@code secondDecision}. */
    private static String minutes(String secondDecision) {
        return """
                Referat for Testudvalg
                Dato: 15-03-2032
                Tidspunkt: 17:00
                Sted: B101

                **1. Ny idrætshal**
                Sagstype: Åben

                Sagsfremstilling:
                Der foreslås en ny hal.

                Beslutning:
                Godkendt med 15 stemmer (A, V, F) mod 10 (O, C).
                Mindretalsudtalelse fra O: Udgiften er ikke finansieret.

                **2. Trafiksikkerhed**
                Sagstype: Åben

                Sagsfremstilling:
                Forslag om nye cykelstier.

                Beslutning:
                %s

                **3. Skolestruktur**
                Sagstype: Åben

                Sagsfremstilling:
                Forslag om en ny skolestruktur.

                Beslutning:
                Et flertal (A, V) godkendte indstillingen. Et mindretal (O) stemte imod.
                """.formatted(secondDecision);
    }
}
