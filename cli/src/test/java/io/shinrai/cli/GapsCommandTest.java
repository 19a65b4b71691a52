package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.json.DisclosureJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GapsCommandTest {

    @TempDir
    Path folder;
    private final CommandRun run = new CommandRun();

    @Test
    void showsTheGapsOfAVendorChecklistWithTheVendorsRemarks() throws Exception {
        Path checklist = disclosure("mhlw-vendor-checklist", "2025", answers -> {
            answers.put("2-⑥", ItemAnswer.of(Answer.NO, "次期バージョン（2026年4月）で医療機関が閲覧できるようにします。"));
            answers.remove("3-④");
        });

        assertThat(run.shinrai("disclosure", "gaps", checklist.toString())).isEqualTo(DisclosureCommand.FINDINGS);
        assertThat(run.out())
                .contains("Profile guideline-7.0-mhlw-vendor-checklist@1: Guideline 7.0 default (checklist for")
                .containsPattern("2-⑥\\s+needs risk evaluation\\s+No\\s+Do the systems you provide collect access logs")
                .contains("remarks: 次期バージョン（2026年4月）で医療機関が閲覧できるようにします。")
                .containsPattern("3-④\\s+unanswered\\s+-\\s+Are you organised to help")
                .contains("17 asked: 15 acceptable, 1 unanswered, 0 not acceptable, 1 needing a risk evaluation.");
    }

    @Test
    void theCriticalInfrastructureProfileRefusesNotApplicableOnTwoFactorAuthentication() throws Exception {
        Path mds = disclosure("jahis-mds", "5.0", answers -> answers.put("12.2", ItemAnswer.of(Answer.NOT_APPLICABLE)));

        assertThat(run.shinrai("disclosure", "gaps", mds.toString())).isZero();
        assertThat(run.out()).contains("0 not acceptable");
        run.forgetOutput();
        assertThat(run.shinrai("disclosure", "gaps", mds.toString(), "--profile",
                "critical-infrastructure-jahis-mds")).isEqualTo(DisclosureCommand.FINDINGS);
        assertThat(run.out()).containsPattern("12.2\\s+not acceptable\\s+N/A\\s+Does the product support two-factor");
    }

    @Test
    void jsonCarriesTheSummaryAndEachGapWithItsTextInBothLanguages() throws Exception {
        Path checklist = disclosure("mhlw-vendor-checklist", "2025",
                answers -> answers.put("2-⑥", ItemAnswer.of(Answer.NO, "来年度に対応します。")));

        assertThat(run.shinrai("disclosure", "gaps", "--json", checklist.toString()))
                .isEqualTo(DisclosureCommand.FINDINGS);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("profile").asString()).isEqualTo("guideline-7.0-mhlw-vendor-checklist@1");
        assertThat(report.get("summary").get("needsRiskEvaluation").asInt()).isEqualTo(1);
        JsonNode gap = report.get("gaps").get(0);
        assertThat(gap.get("ref").asString()).isEqualTo("2-⑥");
        assertThat(gap.get("kind").asString()).isEqualTo("NEEDS_RISK_EVALUATION");
        assertThat(gap.get("answer").asString()).isEqualTo("NO");
        assertThat(gap.get("remarks").asString()).isEqualTo("来年度に対応します。");
        assertThat(gap.get("text").get("ja").asString()).contains("アクセスログ");
    }

    @Test
    void aProfileOfAnotherCatalogueOrAnUnknownOneIsRefusedWithTheReason() throws Exception {
        Path mds = disclosure("jahis-mds", "5.0", answers -> { });
        Path sdsProfile = Files.writeString(folder.resolve("sds.yaml"), """
                format: shinrai-profile/1
                id: sakura-sds
                version: "1"
                title: {ja: SDS, en: SDS}
                description: {ja: 院内, en: In-house}
                catalogue: {id: jahis-sds, version: "5.0"}
                default: {acceptable: [YES], riskEvaluation: ["NO"]}
                """);

        assertThat(run.shinrai("disclosure", "gaps", mds.toString(), "--profile", sdsProfile.toString()))
                .isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("answers the catalogue jahis-mds version 5.0, but the profile sakura-sds@1 is "
                + "for the catalogue jahis-sds version 5.0");
        assertThat(run.shinrai("disclosure", "gaps", mds.toString(), "--profile", "strictest"))
                .isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("strictest: neither a file nor the id of a built-in profile");
    }

    /** A disclosure that answers every item yes (or with text), changed by {@code edit}, written as JSON. */
    private Path disclosure(String catalogueId, String version, Consumer<Map<String, ItemAnswer>> edit)
            throws Exception {
        Catalogue catalogue = CatalogueLibrary.load(null).find(catalogueId, version).orElseThrow();
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (Item item : catalogue.allItems()) {
            answers.put(item.ref(), item.answers() == AnswerScheme.TEXT ? ItemAnswer.text("記入済み")
                    : ItemAnswer.of(Answer.YES));
        }
        edit.accept(answers);
        Disclosure disclosure = new Disclosure("doc-1", catalogueId, version, BasicInformation.empty(), Set.of(),
                answers, List.of());
        return Files.write(folder.resolve(catalogueId + ".json"), new DisclosureJson().write(disclosure, catalogue));
    }
}
