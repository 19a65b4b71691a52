package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Go vulnerability database against proton-bridge 1.8.0's Go modules, and PyPI advisories against PyPI purls. */
class RealAdvisoryDataTest {

    private static AdvisoryIndex load(String archive, int expected) throws Exception {
        AdvisoryIndex index = new AdvisoryIndex();
        IndexUpdate update = index.update();
        assertThat(new OsvReader().read(SharedAdvisoryData.file(archive), update)).isEmpty();
        assertThat(update.added()).hasSize(expected);
        assertThat(index.size()).isEqualTo(expected);
        return index;
    }

    /** The components' package URLs, read from the CycloneDX JSON with Jackson; the SBOM model is not needed here. */
    private static List<ComponentCoordinates> protonBridgeModules() throws Exception {
        JsonNode bom = JsonMapper.builder().build().readTree(
                SharedAdvisoryData.file("sbom/cyclonedx/proton-bridge__proton-bridge-v1.8.0.bom.json").toFile());
        List<ComponentCoordinates> modules = new ArrayList<>();
        for (JsonNode component : bom.path("components").values()) {
            modules.add(ComponentCoordinates.of(new PackageURL(component.path("purl").asString())));
        }
        return modules;
    }

    @Test
    void goAdvisoriesFindTheKnownVulnerabilitiesOfProtonBridgeModules() throws Exception {
        AdvisoryIndex index = load("osv/go-vulndb-osv.zip", 4291);
        List<ComponentCoordinates> modules = protonBridgeModules();

        MatchReport report = new AdvisoryMatcher(index).match(modules);

        assertThat(modules).hasSize(201);
        assertThat(report.unresolved()).isEmpty();
        Map<String, List<String>> byModule = report.findings().stream().collect(Collectors.groupingBy(
                finding -> finding.component().key().toString(),
                Collectors.mapping(finding -> finding.advisory().id(), Collectors.toList())));
        // golang.org/x/text v0.3.5-0.20201125200606-c27b9fd57aec is a pre-release of 0.3.5: after the fix of
        // GO-2020-0015 (0.3.3), before that of GO-2021-0113 (0.3.7)
        assertThat(byModule.get("pkg:golang/golang.org/x/text")).contains("GO-2021-0113")
                .doesNotContain("GO-2020-0015");
        assertThat(report.findings()).filteredOn(finding -> finding.advisory().id().equals("GO-2021-0113"))
                .singleElement().extracting(finding -> finding.match().toString())
                .isEqualTo("pkg:golang/golang.org/x/text SEMVER range introduced 0, fixed 0.3.7");
        // pseudo-versions are ordered by their time stamps: April 2021 is before the fix of May 2021
        assertThat(byModule.get("pkg:golang/golang.org/x/net")).contains("GO-2021-0238");
        assertThat(byModule.get("pkg:golang/gopkg.in/yaml.v3")).containsExactly("GO-2022-0603");
        assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.match())
                .isInstanceOf(Match.InRange.class));
    }

    @Test
    void pypiAdvisoriesFollowPep440Order() throws Exception {
        AdvisoryIndex index = load("osv/pypi-advisory-osv.zip", 2661);
        AdvisoryMatcher matcher = new AdvisoryMatcher(index);

        assertThat(ids(matcher, "pkg:pypi/Jinja2@2.10")).containsExactlyInAnyOrder("PYSEC-2021-66",
                "PYSEC-2019-217");
        assertThat(ids(matcher, "pkg:pypi/jinja2@2.11.3")).isEmpty();
        // a release candidate comes before its release, so it is inside "fixed 1.10.1"
        assertThat(ids(matcher, "pkg:pypi/apache_airflow@1.10.1rc2")).contains("PYSEC-2019-143");
        assertThat(ids(matcher, "pkg:pypi/apache-airflow@1.10.1")).doesNotContain("PYSEC-2019-143");
    }

    private static List<String> ids(AdvisoryMatcher matcher, String purl) throws Exception {
        return matcher.match(List.of(ComponentCoordinates.of(new PackageURL(purl)))).findings().stream()
                .map(finding -> finding.advisory().id()).toList();
    }
}
