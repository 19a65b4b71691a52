package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nscuro.versatile.VersionFactory;
import io.github.nscuro.versatile.spi.InvalidVersionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class Pep440VersionTest {

    /** The order PEP 440 itself gives as its example, from a development release to the next one. */
    private static final List<String> PEP_440_ORDER = List.of("1.0.dev456", "1.0a1", "1.0a2.dev456",
            "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345",
            "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456",
            "1.0.15", "1.1.dev1");

    @Test
    void ordersVersionsAsPep440Does() {
        for (int i = 0; i + 1 < PEP_440_ORDER.size(); i++) {
            String lower = PEP_440_ORDER.get(i);
            String higher = PEP_440_ORDER.get(i + 1);
            assertThat(new Pep440Version(lower).compareTo(new Pep440Version(higher)))
                    .as("%s < %s", lower, higher).isNegative();
            assertThat(new Pep440Version(higher).compareTo(new Pep440Version(lower))).isPositive();
        }
    }

    @Test
    void normalisesSpellingsThatMeanTheSameVersion() {
        assertThat(new Pep440Version("1.0")).isEqualTo(new Pep440Version("1.0.0"));
        assertThat(new Pep440Version("1.0-1")).isEqualTo(new Pep440Version("1.0.post1"));
        assertThat(new Pep440Version("1.0alpha2")).isEqualTo(new Pep440Version("1.0a2"));
        assertThat(new Pep440Version("v1.0-RC.1")).isEqualTo(new Pep440Version("1.0rc1"));
        assertThat(new Pep440Version("1!0.1").compareTo(new Pep440Version("2024.10"))).isPositive();
    }

    @Test
    void versatileUsesItForPyPi() {
        assertThat(VersionFactory.forScheme("pypi", "1.0rc1")).isInstanceOf(Pep440Version.class);
        assertThat(VersionFactory.forScheme("pypi", "1.0rc1").compareTo(VersionFactory.forScheme("pypi", "1.0")))
                .isNegative();
    }

    @Test
    void refusesWhatIsNoPep440Version() {
        assertThatThrownBy(() -> new Pep440Version("latest")).isInstanceOf(InvalidVersionException.class);
        assertThatThrownBy(() -> new Pep440Version("1." + "0.".repeat(200) + "0"))
                .isInstanceOf(InvalidVersionException.class);
    }
}
