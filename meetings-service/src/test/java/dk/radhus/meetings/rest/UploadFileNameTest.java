package dk.radhus.meetings.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.problem.ProblemException;

/** The file name of an upload's Content-Disposition header, without Quarkus. */
class UploadFileNameTest {

    @Test
    void shouldPreferTheEncodedNameToThePlainOne() {
        assertThat(UploadFileName.of("attachment; filename=\"aarsberetning.pdf\"; "
                + "filename*=UTF-8''%C3%A5rsberetning%202010.pdf")).contains("årsberetning 2010.pdf");
        assertThat(UploadFileName.of("attachment; filename=\"a;b \\\"c\\\".pdf\"")).contains("a;b \"c\".pdf");
        assertThat(UploadFileName.of("attachment; FILENAME=plain.pdf")).contains("plain.pdf");
        assertThat(UploadFileName.of("attachment")).isEmpty();
        assertThat(UploadFileName.of(null)).isEmpty();
    }

    @Test
    void shouldRefuseAnEncodedNameThatIsNotPercentEncodedUtf8() {
        for (String header : new String[] {"attachment; filename*=ISO-8859-1''%E5.pdf",
                "attachment; filename*=UTF-8''%E5.pdf", "attachment; filename*=UTF-8''%G1.pdf",
                "attachment; filename*=UTF-8''a b.pdf", "attachment; filename*=x.pdf"}) {
            assertThatThrownBy(() -> UploadFileName.of(header)).as(header).isInstanceOf(ProblemException.class)
                    .extracting(e -> ((ProblemException) e).problem().errors().get(0).field())
                    .isEqualTo("Content-Disposition");
        }
    }
}
