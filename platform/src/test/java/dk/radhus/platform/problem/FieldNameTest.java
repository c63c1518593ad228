package dk.radhus.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class FieldNameTest {

    record Section(@NotBlank String body) {
    }

    record Item(List<@Valid @NotNull Section> sections, List<@NotBlank String> codes) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void shouldNameAListElementByItsIndexWithoutTheValidatorsPlaceholderName() {
        Item item = new Item(Arrays.asList(new Section("tekst"), null, new Section(" ")), List.of("BEU", " "));

        List<String> fields = validator.validate(item).stream()
                .map(violation -> ProblemMappers.fieldName(violation.getPropertyPath())).sorted().toList();

        assertThat(fields).containsExactly("codes[1]", "sections[1]", "sections[2].body");
    }
}
