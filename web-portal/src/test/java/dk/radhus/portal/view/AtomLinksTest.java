package dk.radhus.portal.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AtomLinksTest {

    @Test
    void shouldPointTheFeedAtThePortalsPages() {
        String atom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
                  <title>Dagsordener og referater</title>
                  <link rel="self" href="http://10.0.0.5:8081/feeds/feed.atom"/>
                  <entry>
                    <title>Dagsorden: Borger- og Erhvervsudvalget 2011-05-11</title>
                    <link href="http://10.0.0.5:8081/meetings/0b9d0c46-8c4f-4a57-9e3e-0d6c1f7e2a11"/>
                    <content type="text">1. Meddelelser &amp; andet
                2. Lukket punkt</content>
                  </entry>
                </feed>
                """;

        String rewritten = AtomLinks.rewrite(atom, "https://dagsordener.kommune.dk", "/feeds/dagsordener.atom");

        assertThat(rewritten).contains("<link rel=\"self\" href=\"https://dagsordener.kommune.dk/feeds/dagsordener.atom\"",
                "<link href=\"https://dagsordener.kommune.dk/moeder/0b9d0c46-8c4f-4a57-9e3e-0d6c1f7e2a11\"",
                "1. Meddelelser &amp; andet", "<title>Dagsorden: Borger- og Erhvervsudvalget 2011-05-11</title>",
                "xmlns=\"http://www.w3.org/2005/Atom\"")
                .doesNotContain("10.0.0.5");
    }
}
