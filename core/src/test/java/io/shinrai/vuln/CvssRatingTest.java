package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.vuln.CvssRating.Severity;
import io.shinrai.vuln.CvssRating.Version;
import org.junit.jupiter.api.Test;

class CvssRatingTest {

    @Test
    void scoresAVersionFourVectorAsThePublishedCalculatorDoes() throws InvalidCvssException {
        CvssRating rating = CvssRating.of(Version.V4_0,
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");

        assertThat(rating.baseScore()).isEqualTo(9.3);
        assertThat(rating.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void scoresVersionThreeOneVectorsAcrossTheSeverityBands() throws InvalidCvssException {
        assertThat(CvssRating.of(Version.V3_1, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").baseScore())
                .isEqualTo(9.8);
        CvssRating adjacent = CvssRating.of(Version.V3_1, "CVSS:3.1/AV:A/AC:H/PR:L/UI:R/S:U/C:L/I:N/A:N");
        assertThat(adjacent.baseScore()).isEqualTo(2.3);
        assertThat(adjacent.severity()).isEqualTo(Severity.LOW);
        assertThat(CvssRating.of(Version.V3_1, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N").severity())
                .isEqualTo(Severity.NONE);
    }

    @Test
    void refusesIncompleteVectorsAndVectorsOfTheOtherVersion() {
        assertThatThrownBy(() -> CvssRating.of(Version.V4_0, "CVSS:4.0/AV:N"))
                .isInstanceOf(InvalidCvssException.class).hasMessageContaining("CVSS 4.0");
        assertThatThrownBy(() -> CvssRating.of(Version.V4_0, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .isInstanceOf(InvalidCvssException.class);
        assertThatThrownBy(() -> CvssRating.of(Version.V3_1, "AV:N/AC:L/Au:N/C:P/I:P/A:P"))
                .isInstanceOf(InvalidCvssException.class).hasMessageContaining("CVSS 3.1");
        assertThatThrownBy(() -> CvssRating.of(Version.V3_1, "CVSS:3.1/" + "AV:N/".repeat(100)))
                .isInstanceOf(InvalidCvssException.class);
    }
}
