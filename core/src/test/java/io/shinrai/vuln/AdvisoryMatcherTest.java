package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.packageurl.PackageURL;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdvisoryMatcherTest {

    private final AdvisoryIndex index = new AdvisoryIndex();
    private final AdvisoryMatcher matcher = new AdvisoryMatcher(index);

    @BeforeEach
    void loadFixtures() throws Exception {
        OsvFixtures.all().forEach(index::put);
    }

    private List<Finding> findings(String purl) throws Exception {
        return matcher.match(List.of(ComponentCoordinates.of(new PackageURL(purl)))).findings();
    }

    private String matched(String purl) throws Exception {
        List<Finding> findings = findings(purl);
        assertThat(findings).as(purl).hasSize(1);
        return findings.get(0).match().toString();
    }

    @Test
    void mavenVersionsAreComparedInMavenOrderAcrossSeveralRanges() throws Exception {
        assertThat(matched("pkg:maven/org.example/lookup-core@2.0-beta9"))
                .isEqualTo("pkg:maven/org.example/lookup-core ECOSYSTEM range introduced 2.0-beta9, fixed 2.3.1");
        assertThat(matched("pkg:maven/org.example/lookup-core@2.3.0")).endsWith("introduced 2.0-beta9, fixed 2.3.1");
        assertThat(findings("pkg:maven/org.example/lookup-core@2.3.1")).isEmpty();
        assertThat(findings("pkg:maven/org.example/lookup-core@2.3.2")).isEmpty();
        assertThat(matched("pkg:maven/org.example/lookup-core@2.10.0")).endsWith("introduced 2.4, fixed 2.12.2");
        assertThat(findings("pkg:maven/org.example/lookup-core@2.12.2")).isEmpty();
        assertThat(findings("pkg:maven/org.example/lookup-core@2.0-alpha1")).isEmpty();
        assertThat(findings("pkg:maven/org.example/other@2.10.0")).isEmpty();
    }

    @Test
    void lastAffectedIsItselfAffectedAndIntroducedZeroStartsAtTheFirstVersion() throws Exception {
        assertThat(matched("pkg:npm/%40example/deep-merge@0.0.1")).endsWith("introduced 0, last_affected 1.4.2");
        assertThat(matched("pkg:npm/%40example/deep-merge@1.4.2")).endsWith("introduced 0, last_affected 1.4.2");
        assertThat(findings("pkg:npm/%40example/deep-merge@1.4.3")).isEmpty();
        assertThat(findings("pkg:npm/%40example/deep-merge@2.0.0-beta.1")).isEmpty();
    }

    @Test
    void unsortedEventsAreSortedInDebianOrderWithEpochs() throws Exception {
        assertThat(matched("pkg:deb/debian/libexample@1:2.3-1")).endsWith("introduced 0, fixed 1:2.4-3");
        assertThat(matched("pkg:deb/debian/libexample@2.9-1")).as("no epoch is epoch 0")
                .endsWith("introduced 0, fixed 1:2.4-3");
        assertThat(findings("pkg:deb/debian/libexample@1:2.4-3")).isEmpty();
        assertThat(findings("pkg:deb/debian/libexample@1:2.5-7")).isEmpty();
        assertThat(matched("pkg:deb/debian/libexample@1:2.6-4")).endsWith("introduced 1:2.6-1, fixed 1:2.6-4+deb12u1");
        assertThat(findings("pkg:deb/debian/libexample@1:2.6-4+deb12u1")).isEmpty();
        assertThat(findings("pkg:deb/ubuntu/libexample@1:2.3-1")).as("another distribution's package").isEmpty();
    }

    @Test
    void aLimitCutsOffAnOpenRange() throws Exception {
        assertThat(matched("pkg:rpm/redhat/libexample@2.9-5.el9")).endsWith("introduced 0, limit 3.0-1.el9");
        assertThat(findings("pkg:rpm/redhat/libexample@3.0-1.el9")).isEmpty();
        assertThat(findings("pkg:rpm/redhat/libexample@3.1-1.el9")).isEmpty();
    }

    @Test
    void gitRangesAreNeverMatchedButListedVersionsAre() throws Exception {
        assertThat(matched("pkg:pypi/example-parser@0.9.1")).isEqualTo("pkg:pypi/example-parser listed version 0.9.1");
        assertThat(matched("pkg:pypi/Example.Parser@0.9.2rc1")).endsWith("listed version 0.9.2rc1");
        assertThat(findings("pkg:pypi/example-parser@0.9.3")).isEmpty();
    }

    @Test
    void withdrawnAdvisoriesMatchNothing() throws Exception {
        assertThat(findings("pkg:npm/left-pad-example@1.0.0")).isEmpty();
    }

    @Test
    void aVersionTheEcosystemCannotReadIsReportedNotPassedOver() throws Exception {
        MatchReport report = matcher.match(List.of(ComponentCoordinates.of(
                new PackageURL("pkg:npm/%40example/deep-merge@not-a-version"))));

        assertThat(report.findings()).isEmpty();
        assertThat(report.unresolved()).singleElement().satisfies(unresolved -> {
            assertThat(unresolved.advisoryId()).isEqualTo("TEST-NPM-0001");
            assertThat(unresolved.reason()).contains("not-a-version");
        });
    }

    @Test
    void aVersionListedAsItIsMatchesEvenWhereTheOrderCannotReadIt() throws Exception {
        AffectedPackage affected = new AffectedPackage("npm", new PackageKey("npm", "", "vendor-build"), List.of(
                new AffectedRange(AffectedRange.Type.SEMVER, null, List.of(new RangeEvent.Introduced("0"),
                        new RangeEvent.Fixed("2.0.0")))), List.of("build-7"));
        index.put(new Advisory("TEST-NPM-0003", List.of(), Instant.parse("2026-06-01T00:00:00Z"), Optional.empty(),
                Optional.empty(), "Listed builds", List.of(), List.of(affected), List.of(), List.of()));

        assertThat(matched("pkg:npm/vendor-build@build-7")).endsWith("listed version build-7");
        MatchReport undecided = matcher.match(List.of(ComponentCoordinates.of(
                new PackageURL("pkg:npm/vendor-build@build-8"))));
        assertThat(undecided.findings()).isEmpty();
        assertThat(undecided.unresolved()).extracting(MatchReport.Unresolved::advisoryId)
                .containsExactly("TEST-NPM-0003");
    }

    @Test
    void aGoModuleWithCapitalsInItsPathMeetsItsAdvisoryThoughPackageUrlsLowerCaseIt() throws Exception {
        AffectedPackage affected = new AffectedPackage("Go", PackageKey.ofEcosystem("Go",
                "github.com/DataDog/dd-trace-go"), List.of(new AffectedRange(AffectedRange.Type.SEMVER, null,
                List.of(new RangeEvent.Introduced("0"), new RangeEvent.Fixed("1.4.0")))), List.of());
        index.put(new Advisory("TEST-GO-0001", List.of(), Instant.parse("2026-06-01T00:00:00Z"), Optional.empty(),
                Optional.empty(), "Capitals in the path", List.of(), List.of(affected), List.of(), List.of()));

        assertThat(matched("pkg:golang/github.com/DataDog/dd-trace-go@v1.3.0")).endsWith("fixed 1.4.0");
        assertThat(findings("pkg:golang/github.com/DataDog/dd-trace-go@v1.4.0")).isEmpty();
    }

    @Test
    void aNewerRevisionReplacesTheOldOneAndOnlyItIsMatchedAgain() throws Exception {
        Advisory old = index.advisory("TEST-NPM-0001").orElseThrow();
        AffectedPackage fixed = new AffectedPackage("npm", old.affected().get(0).key(), List.of(new AffectedRange(
                AffectedRange.Type.SEMVER, null, List.of(new RangeEvent.Introduced("0"),
                        new RangeEvent.Fixed("1.4.2")))), List.of());
        Advisory newer = revision(old, old.modified().plusSeconds(60), fixed);
        Advisory sameAge = revision(old, old.modified(), fixed);
        Advisory older = revision(old, old.modified().minusSeconds(60), fixed);
        ComponentCoordinates component = ComponentCoordinates.of(new PackageURL("pkg:npm/%40example/deep-merge@1.4.2"));
        assertThat(matcher.match(List.of(component)).findings()).hasSize(1);

        IndexUpdate update = index.update();
        update.accept(sameAge);
        update.accept(older);
        update.accept(newer);

        assertThat(update.notNewer()).containsExactly("TEST-NPM-0001", "TEST-NPM-0001");
        assertThat(update.changed()).containsExactly("TEST-NPM-0001");
        assertThat(update.replaced()).containsExactly("TEST-NPM-0001");
        assertThat(index.advisory("TEST-NPM-0001")).containsSame(newer);
        assertThat(index.entries(fixed.key())).singleElement().extracting(AdvisoryIndex.Entry::advisory)
                .isSameAs(newer);
        assertThat(matcher.match(List.of(component), update.changed()::contains).findings()).isEmpty();
        assertThat(matched("pkg:npm/%40example/deep-merge@1.4.1")).endsWith("introduced 0, fixed 1.4.2");
    }

    private static Advisory revision(Advisory old, Instant modified, AffectedPackage affected) {
        return new Advisory(old.id(), old.aliases(), modified, old.published(), Optional.empty(), old.summary(),
                old.severities(), List.of(affected), List.of(), old.references());
    }
}
