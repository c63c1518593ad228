package dk.radhus.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictInputTest {

    @Test
    void shouldDecodeUtf8AndRefuseEveryInvalidSequenceInsteadOfReplacingIt() {
        assertThat(StrictInput.utf8("Rådhus 😀".getBytes(StandardCharsets.UTF_8))).contains("Rådhus 😀");
        assertThat(StrictInput.utf8(new byte[0])).contains("");
        for (byte[] invalid : new byte[][] {{'a', (byte) 0xC0, (byte) 0xAF}, {'a', (byte) 0xC3, 0x28},
                {(byte) 0xFF, (byte) 0xFE}, {'a', (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {'b', 'e', 'l', (byte) 0xF8, 'b'}, {'a', (byte) 0xE2, (byte) 0x82}}) {
            assertThat(StrictInput.utf8(invalid)).as("%s", new String(invalid, StandardCharsets.ISO_8859_1)).isEmpty();
        }
    }

    @Test
    void shouldDropALeadingByteOrderMarkButKeepOneInsideTheText() {
        assertThat(StrictInput.utf8("\uFEFFDagsorden".getBytes(StandardCharsets.UTF_8))).contains("Dagsorden");
        assertThat(StrictInput.utf8("a\uFEFFb".getBytes(StandardCharsets.UTF_8))).contains("a\uFEFFb");
        assertThat(StrictInput.utf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).contains("");
    }

    @Test
    void shouldNameTheFirstInvalidByteCountedFromTheOffset() {
        byte[] bytes = {'x', 'x', 'a', 'b', (byte) 0xC0, (byte) 0xAF};

        assertThat(StrictInput.firstInvalidUtf8(bytes, 2, 4)).isEqualTo(2);
        assertThat(StrictInput.firstInvalidUtf8(bytes, 0, 4)).isEqualTo(-1);
    }

    @Test
    void shouldRefuseTheNulCharacterAndLoneSurrogatesButKeepPairs() {
        assertThat(StrictInput.storable("Rådhus 😀")).isTrue();
        assertThat(StrictInput.storable("a\u0000b")).isFalse();
        assertThat(StrictInput.storable("a\uD800")).isFalse();
        assertThat(StrictInput.storable("\uDC00a")).isFalse();
    }

    @Test
    void shouldAcceptTheYearsOneToNineThousandNineHundredNinetyNine() {
        assertThat(StrictInput.storableYear(1)).isTrue();
        assertThat(StrictInput.storableYear(9999)).isTrue();
        assertThat(StrictInput.storableYear(0)).isFalse();
        assertThat(StrictInput.storableYear(10000)).isFalse();
    }
}
