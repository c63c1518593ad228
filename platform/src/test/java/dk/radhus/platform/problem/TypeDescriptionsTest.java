package dk.radhus.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.AmountUnit;

/** What a client is told it should have sent: never a Java type name. */
class TypeDescriptionsTest {

    @Test
    void shouldListTheValuesOfAnEnum() {
        assertThat(TypeDescriptions.describe(AmountUnit.class)).isEqualTo("en af DKK, DKK_THOUSANDS, DKK_MILLIONS");
    }

    @Test
    void shouldDescribeCommonTypesInDanishWithoutTheirNames() {
        assertThat(TypeDescriptions.describe(int.class)).isEqualTo("et tal");
        assertThat(TypeDescriptions.describe(BigDecimal.class)).isEqualTo("et tal");
        assertThat(TypeDescriptions.describe(boolean.class)).isEqualTo("true eller false");
        assertThat(TypeDescriptions.describe(LocalDate.class)).isEqualTo("en dato/tid i ISO 8601-format");
        assertThat(TypeDescriptions.describe(UUID.class)).startsWith("en UUID");
        assertThat(TypeDescriptions.describe(String.class)).isEqualTo("tekst");
        assertThat(TypeDescriptions.describe(List.class)).isEqualTo("en liste");
        assertThat(TypeDescriptions.describe(TypeDescriptionsTest.class)).isEqualTo("et objekt");
    }
}
