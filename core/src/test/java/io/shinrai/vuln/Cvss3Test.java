package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Cvss3Test {

    @Test
    void baseScoresAreThoseOfTheFirstCalculator() {
        assertThat(Cvss3.baseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H")).hasValue(10.0);
        assertThat(Cvss3.baseScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H")).hasValue(8.8);
        assertThat(Cvss3.baseScore("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N")).hasValue(5.5);
        assertThat(Cvss3.baseScore("CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N")).hasValue(5.9);
        assertThat(Cvss3.baseScore("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N")).hasValue(6.4);
        assertThat(Cvss3.baseScore("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N")).hasValue(0.0);
        assertThat(Cvss3.baseScore("CVSS:3.1/AV:N/AC:L")).isEmpty();
        assertThat(Cvss3.severity(6.4)).isEqualTo("MEDIUM");
    }
}
