package io.shinrai.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.CataloguePurpose;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.LocalizedText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLibraryTest {

    static CatalogueLibrary catalogues;
    static ProfileLibrary profiles;

    @BeforeAll
    static void load() throws Exception {
        catalogues = CatalogueLibrary.load(null);
        profiles = ProfileLibrary.load(catalogues, null);
    }

    @Test
    void everyBuiltInProfileLoadsAndEveryFileIsListed() throws Exception {
        assertThat(profiles.all()).hasSize(ProfileLibrary.BUILT_IN.size());
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/profiles"))) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(ProfileLibrary.BUILT_IN);
        }
    }

    @Test
    void everyBuiltInDisclosureCatalogueHasAGuidelineDefaultAndACriticalInfrastructureProfileWhoseRefsItHas() {
        for (Catalogue catalogue : catalogues.all(CataloguePurpose.DISCLOSURE)) {
            RequirementProfile guideline = profiles.guidelineDefault(catalogue).orElseThrow();
            RequirementProfile critical = profiles.criticalInfrastructure(catalogue).orElseThrow();

            assertThat(profiles.forCatalogue(catalogue)).containsExactly(guideline, critical);
            assertThat(critical.overrides()).as(catalogue.key()).isNotEmpty();
            for (RequirementProfile profile : profiles.forCatalogue(catalogue)) {
                assertThat(profile.overrides().keySet()).as(profile.key()).allSatisfy(ref -> assertThat(
                        catalogue.item(ref)).get().extracting(Item::answers).isNotEqualTo(AnswerScheme.TEXT));
                assertThat(profile.title().ja()).isNotBlank();
                assertThat(profile.description().en()).isNotBlank();
            }
        }
    }

    @Test
    void theGuidelineDefaultTakesYesAndNotApplicableAndAsksARiskEvaluationOfNo() {
        assertThat(defaultRuleOf("jahis-mds", "5.0")).isEqualTo(
                new AnswerRule(Set.of(Answer.YES, Answer.NOT_APPLICABLE), Set.of(Answer.NO)));
        assertThat(defaultRuleOf("mhlw-vendor-checklist", "2025")).isEqualTo(
                new AnswerRule(Set.of(Answer.YES), Set.of(Answer.NO)));
        assertThat(defaultRuleOf("mds2-2019", "2019")).isEqualTo(
                new AnswerRule(Set.of(Answer.YES, Answer.NOT_APPLICABLE), Set.of(Answer.NO, Answer.SEE_NOTES)));
    }

    @Test
    void theCriticalInfrastructureProfileIsNowhereMoreLenientThanTheDefault() {
        for (Catalogue catalogue : catalogues.all(CataloguePurpose.DISCLOSURE)) {
            RequirementProfile guideline = profiles.guidelineDefault(catalogue).orElseThrow();
            RequirementProfile critical = profiles.criticalInfrastructure(catalogue).orElseThrow();
            for (Item item : catalogue.allItems()) {
                for (Answer answer : item.answers().answers()) {
                    assertThat(strictness(critical.ruleFor(item.ref()), answer))
                            .as("%s %s %s", catalogue.key(), item.ref(), answer)
                            .isGreaterThanOrEqualTo(strictness(guideline.ruleFor(item.ref()), answer));
                }
            }
        }
    }

    @Test
    void aProfileInTheInstallationsFolderIsAddedAndTheSameVersionTwiceIsRefused(@TempDir Path folder)
            throws Exception {
        RequirementProfile own = profiles.find("guideline-7.0-jahis-mds", "1").orElseThrow()
                .copyAs("sakura-hospital-mds", new LocalizedText("さくら病院の MDS 要件", "Sakura Hospital MDS requirements"));
        Files.writeString(folder.resolve("a.yaml"), new ProfileWriter().write(own));

        assertThat(ProfileLibrary.load(catalogues, folder).find("sakura-hospital-mds", "1")).contains(own);

        Files.writeString(folder.resolve("b.yaml"), new ProfileWriter().write(own));
        assertThatThrownBy(() -> ProfileLibrary.load(catalogues, folder)).isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining("b.yaml").hasMessageContaining("already defined");
    }

    /** 0 acceptable, 1 acceptable with a risk evaluation, 2 not acceptable. */
    private static int strictness(AnswerRule rule, Answer answer) {
        return rule.accepts(answer) ? 0 : rule.needsRiskEvaluation(answer) ? 1 : 2;
    }

    private static AnswerRule defaultRuleOf(String catalogueId, String version) {
        return profiles.guidelineDefault(catalogues.find(catalogueId, version).orElseThrow()).orElseThrow()
                .defaultRule();
    }
}
