package dk.radhus.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A demo step that fails says which call failed and what the service's problem+json said. */
class DemoFailureTest {

    @Test
    void shouldNameTheCallTheStatusTheDetailAndEveryFieldOfAProblem() {
        Api.Response response = new Api.Response("POST /policy-areas", 400, """
                {"type":"https://radhus.dk/problems/validation","title":"Ugyldige data","status":400,
                 "detail":"Forespørgslen indeholder ugyldige data.",
                 "errors":[{"field":"code","message":"skal være 1-6 cifre, fx 881 eller 81"},
                           {"field":"name","message":"skal udfyldes"}]}""");

        assertThatThrownBy(response::require).isInstanceOf(DemoFailure.class).hasMessage("POST /policy-areas answered 400: "
                + "Forespørgslen indeholder ugyldige data. (code: skal være 1-6 cifre, fx 881 eller 81; name: skal udfyldes)");
    }

    @Test
    void shouldNameTheLineAndColumnOfABadAccountLine() {
        Api.Response response = new Api.Response("POST /uploads/follow-ups/1?unit=DKK", 400, """
                {"title":"Ugyldige kontolinjer","status":400,"detail":"1 linje kunne ikke læses; intet er gemt.",
                 "errors":[{"line":3,"column":"beløb","field":"amount","message":"'12,3,4' er ikke et beløb"}]}""");

        assertThatThrownBy(response::require).hasMessageEndingWith(
                "1 linje kunne ikke læses; intet er gemt. (linje 3 beløb: '12,3,4' er ikke et beløb)");
    }

    @Test
    void shouldQuoteABodyThatIsNoProblemShortened() {
        Api.Response response = new Api.Response("GET /q/health/ready", 503, "x".repeat(1000));

        assertThatThrownBy(response::require).hasMessageStartingWith("GET /q/health/ready answered 503: xxx")
                .hasMessageEndingWith(" …");
    }

    @Test
    void shouldAcceptTheStatusesAStepAllows() {
        Api.Response conflict = new Api.Response("POST /fiscal-years", 409, "{\"detail\":\"findes allerede\"}");

        assertThat(conflict.require(409)).isSameAs(conflict);
        assertThatThrownBy(conflict::require).hasMessage("POST /fiscal-years answered 409: findes allerede");
    }
}
