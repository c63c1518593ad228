package dk.radhus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void shouldFindC0DelAndC1ControlsButNotDanishLettersOrSpaces() {
        assertThat(ControlCharacters.containsControl("a\u0000b")).isTrue();
        assertThat(ControlCharacters.containsControl("tab\there")).isTrue();
        assertThat(ControlCharacters.containsControl("del\u007f")).isTrue();
        assertThat(ControlCharacters.containsControl("c1\u0085")).isTrue();
        assertThat(ControlCharacters.containsControl("Æblegrød på Ærø, 2024-18-001")).isFalse();
        assertThat(ControlCharacters.containsControl("")).isFalse();
    }

    @Test
    void shouldNameEachRefusedParameterOnceSortedAcrossPathAndQuery() {
        Map<String, List<String>> path = Map.of("code", List.of("BEU\u0007"), "id", List.of("42"));
        Map<String, List<String>> query = Map.of("q", List.of("ok", "bad\u0000"), "year", List.of("2024"),
                "x\u0001", List.of("fine"));

        assertThat(ControlCharacters.refusedParameters(path, query)).containsExactly("code", "q", "xU+0001");
    }

    @Test
    void shouldRefuseNothingWhenEveryParameterIsOneLineOfText() {
        assertThat(ControlCharacters.refusedParameters(Map.of("q", List.of("budget 2025")))).isEmpty();
    }
}
