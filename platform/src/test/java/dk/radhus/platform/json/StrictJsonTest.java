package dk.radhus.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StrictJsonTest {

    enum Kind { OPEN, CLOSED }

    record Item(Integer number, String title, Kind kind, LocalDate decidedOn, LocalDateTime startsAt,
            List<String> codes) {
    }

    private final ObjectMapper mapper = strictMapper();

    @Test
    void shouldReadAnOrdinaryRequestUnchanged() throws Exception {
        Item item = mapper.readValue("""
                {"number": 2, "title": "Kvalitetskontrakt 😀", "kind": "CLOSED", "decidedOn": "2011-05-11",
                 "startsAt": "2011-05-11T17:00:00", "codes": ["BEU"]}""", Item.class);

        assertThat(item).isEqualTo(new Item(2, "Kvalitetskontrakt 😀", Kind.CLOSED, LocalDate.of(2011, 5, 11),
                LocalDateTime.of(2011, 5, 11, 17, 0), List.of("BEU")));
    }

    @Test
    void shouldRefuseContentAfterTheValueAndDuplicateKeys() {
        assertThatThrownBy(() -> mapper.readValue("{\"number\": 1} {\"number\": 2}", Item.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"title\": \"a\", \"title\": \"b\"}", Item.class))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void shouldRefuseAFractionForAnIntegerAndANumberForAnEnum() {
        assertThatThrownBy(() -> mapper.readValue("{\"number\": 2.5}", Item.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"kind\": 0}", Item.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void shouldRefuseYearsOutsideOneToNineThousandNineHundredNinetyNineNamingTheField() {
        for (String json : List.of("{\"decidedOn\": \"0000-01-01\"}", "{\"decidedOn\": \"+999999999-12-31\"}",
                "{\"startsAt\": \"+10000-01-01T00:00:00\"}")) {
            assertThatThrownBy(() -> mapper.readValue(json, Item.class))
                    .isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getPath()).hasSize(1));
        }
        assertThat(LocalDate.of(1, 1, 1)).isEqualTo(read("{\"decidedOn\": \"0001-01-01\"}").decidedOn());
        assertThat(LocalDate.of(9999, 12, 31)).isEqualTo(read("{\"decidedOn\": \"9999-12-31\"}").decidedOn());
    }

    @Test
    void shouldRefuseTextWithANulCharacterOrALoneSurrogateAlsoInsideLists() {
        for (String json : List.of("{\"title\": \"a\\u0000b\"}", "{\"title\": \"\\ud800\"}",
                "{\"title\": \"\\udc00x\"}", "{\"codes\": [\"BEU\", \"a\\u0000\"]}")) {
            assertThatThrownBy(() -> mapper.readValue(json, Item.class)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8NamingTheFirstBadByte() {
        byte[] overlongSlash = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};

        assertThatThrownBy(() -> mapper.readValue(overlongSlash, Item.class))
                .isInstanceOfSatisfying(NotUtf8Exception.class, e -> assertThat(e.offset()).isEqualTo(10));
        assertThatThrownBy(() -> mapper.readValue(new ByteArrayInputStream(overlongSlash), Item.class))
                .isInstanceOf(NotUtf8Exception.class);
        assertThat(read("{\"title\": \"Æblerød ÅØ €\"}").title()).isEqualTo("Æblerød ÅØ €");
    }

    private Item read(String json) {
        try {
            return mapper.readValue(json, Item.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }
}
