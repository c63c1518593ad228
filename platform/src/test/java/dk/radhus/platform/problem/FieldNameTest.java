package dk.radhus.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class FieldNameTest {

    record Section(@NotBlank String body) {
    }

    record Item(List<@Valid @NotNull Section> sections, List<@NotBlank String> codes) {
    }

    /** A resource method: a path id, a query parameter whose Java name differs from the request's, and a body. */
    static class Resource {

        public void change(@PathParam("id") String id, @QueryParam("limit") @NotNull Integer maximum,
                @Valid @NotNull Item request) {
        }
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void shouldNameAListElementByItsIndexWithoutTheValidatorsPlaceholderName() {
        Item item = new Item(Arrays.asList(new Section("tekst"), null, new Section(" ")), List.of("BEU", " "));

        List<String> fields = validator.validate(item).stream()
                .map(ViolationFields::fieldName).sorted().toList();

        assertThat(fields).containsExactly("codes[1]", "sections[1]", "sections[2].body");
    }

    @Test
    void shouldNameAMissingBodyAsBodyAndAQueryParameterByItsRequestName() throws Exception {
        Method change = Resource.class.getMethod("change", String.class, Integer.class, Item.class);

        List<String> fields = validator.forExecutables()
                .validateParameters(new Resource(), change, new Object[] {"1", null, null}).stream()
                .map(ViolationFields::fieldName).sorted().toList();
        List<String> nested = validator.forExecutables().validateParameters(new Resource(), change,
                        new Object[] {"1", 5, new Item(List.of(new Section(" ")), List.of())}).stream()
                .map(ViolationFields::fieldName).toList();

        assertThat(fields).containsExactly("body", "limit");
        assertThat(nested).containsExactly("sections[0].body");
    }
}
