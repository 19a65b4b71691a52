package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.nscuro.versatile.spi.InvalidVersionException;

/** Versions come from SBOMs and advisories: each is a PEP 440 version ordered consistently, or refused. */
class Pep440VersionFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyTextIsAVersionInAConsistentOrderOrRefused(FuzzedDataProvider data) {
        String first = data.consumeString(300);
        String second = data.consumeRemainingAsString();
        try {
            Pep440Version a = new Pep440Version(first);
            Pep440Version b = new Pep440Version(second);
            assertThat(a.compareTo(a)).isZero();
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        } catch (InvalidVersionException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
