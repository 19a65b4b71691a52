package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Vectors are typed into forms and come with reports: each is scored from 0 to 10, or refused. */
class CvssRatingFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyTextIsAScoredVectorOrRefused(FuzzedDataProvider data) {
        CvssRating.Version version = data.pickValue(CvssRating.Version.values());
        String text = data.consumeRemainingAsString();
        try {
            CvssRating rating = CvssRating.of(version, text);
            assertThat(rating.baseScore()).isBetween(0.0, 10.0);
            assertThat(rating.vector()).startsWith("CVSS:" + version.label() + "/");
        } catch (InvalidCvssException refused) {
            assertThat(refused.getMessage()).startsWith("not a CVSS " + version.label());
        }
    }
}
