package io.shinrai.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.hospital.Gap.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

    static CatalogueLibrary catalogues;
    static ProfileLibrary profiles;

    @BeforeAll
    static void load() throws Exception {
        catalogues = CatalogueLibrary.load(null);
        profiles = ProfileLibrary.load(catalogues, null);
    }

    @Test
    void aVendorChecklistWithOneNoAndOneUnansweredItemHasExactlyThoseGapsWithTheRemarks() {
        Catalogue checklist = catalogue("mhlw-vendor-checklist", "2025");
        Map<String, ItemAnswer> answers = yesToEverything(checklist);
        answers.put("2-⑥", ItemAnswer.of(Answer.NO, "次期バージョン（2026年4月）で医療機関が閲覧できるようにします。"));
        answers.remove("1-①");

        GapReport report = GapAnalysis.of(checklist, profiles.guidelineDefault(checklist).orElseThrow(),
                disclosure(checklist, Set.of(), answers, List.of()));

        assertThat(report.gaps()).containsExactly(
                new Gap("1-①", checklist.item("1-①").orElseThrow().text(), Kind.UNANSWERED, null, null, List.of()),
                new Gap("2-⑥", checklist.item("2-⑥").orElseThrow().text(), Kind.NEEDS_RISK_EVALUATION, Answer.NO,
                        "次期バージョン（2026年4月）で医療機関が閲覧できるようにします。", List.of()));
        int asked = checklist.allItems().size();
        assertThat(report.summary()).isEqualTo(new GapSummary(asked, asked - 2, 1, 0, 1));
    }

    @Test
    void theCriticalProfileTurnsNotApplicableOnTwoFactorAuthenticationIntoAGapThatTheDefaultAccepts() {
        Catalogue mds = catalogue("jahis-mds", "5.0");
        Map<String, ItemAnswer> answers = yesToEverything(mds);
        answers.put("12.2", ItemAnswer.of(Answer.NOT_APPLICABLE, "院内の閉じたネットワークでのみ使うため。"));
        Disclosure disclosure = disclosure(mds, Set.of(), answers, List.of());

        GapReport guideline = GapAnalysis.of(mds, profiles.guidelineDefault(mds).orElseThrow(), disclosure);
        GapReport critical = GapAnalysis.of(mds, profiles.criticalInfrastructure(mds).orElseThrow(), disclosure);

        assertThat(guideline.gaps()).isEmpty();
        assertThat(critical.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.ref()).isEqualTo("12.2");
            assertThat(gap.text().ja()).contains("二要素認証");
            assertThat(gap.kind()).isEqualTo(Kind.NOT_ACCEPTABLE);
            assertThat(gap.answer()).isEqualTo(Answer.NOT_APPLICABLE);
            assertThat(gap.remarks()).isEqualTo("院内の閉じたネットワークでのみ使うため。");
        });
        assertThat(critical.summary().notAcceptable()).isEqualTo(1);
    }

    @Test
    void itemsOfAFeatureNotInUseAreNeverGapsButAreAskedOnceItIsInUse() {
        Catalogue mds = catalogue("jahis-mds", "5.0");
        Map<String, ItemAnswer> answers = yesToEverything(mds);
        answers.remove("11.1");
        answers.remove("11.2");
        GapAnalysis analysis = new GapAnalysis(mds, profiles.guidelineDefault(mds).orElseThrow());

        GapReport withoutWirelessLan = analysis.analyse(disclosure(mds, Set.of(), answers, List.of()));
        GapReport withWirelessLan = analysis.analyse(disclosure(mds, Set.of("wireless-lan"), answers, List.of()));

        assertThat(withoutWirelessLan.gaps()).isEmpty();
        assertThat(withWirelessLan.gaps()).extracting(Gap::ref, Gap::kind).containsExactly(
                tuple("11.1", Kind.UNANSWERED),
                tuple("11.2", Kind.UNANSWERED));
        assertThat(withWirelessLan.summary().asked()).isEqualTo(withoutWirelessLan.summary().asked() + 2);
    }

    @Test
    void anMds2DisclosureBringsTheVendorsNotesToItsGaps() {
        Catalogue mds2 = catalogue("mds2-2019", "2019");
        Map<String, ItemAnswer> answers = yesToEverything(mds2);
        answers.remove("OTHR");
        answers.put("AUDT-1", new ItemAnswer(Answer.SEE_NOTES, null, null, List.of(1)));
        answers.put("CONN-6", ItemAnswer.of(Answer.NO));
        answers.put("SAHD-12", ItemAnswer.of(Answer.NO));
        answers.put("RMOT-1.3", ItemAnswer.of(Answer.NO));
        answers.put("DOC-3", ItemAnswer.text("SMX-200"));
        SharedNote note = new SharedNote(1, "Audit logs are kept by the PACS the device sends to, not on the device.");

        GapReport report = GapAnalysis.of(mds2, profiles.guidelineDefault(mds2).orElseThrow(),
                disclosure(mds2, Set.of(), answers, List.of(note, new SharedNote(2, "Unrelated."))));

        assertThat(report.gaps()).extracting(Gap::ref, Gap::kind, Gap::answer, Gap::notes).containsExactly(
                tuple("AUDT-1", Kind.NEEDS_RISK_EVALUATION, Answer.SEE_NOTES,
                        List.of(note)),
                tuple("PAUT-13", Kind.NEEDS_RISK_EVALUATION, Answer.YES, List.of()),
                tuple("OTHR", Kind.UNANSWERED, null, List.of()));
    }

    @Test
    void anAnswerOfTextWhereAChoiceIsAskedIsNotAcceptable() {
        Catalogue checklist = catalogue("mhlw-vendor-checklist", "2025");
        Map<String, ItemAnswer> answers = yesToEverything(checklist);
        answers.put("2-①", ItemAnswer.text("一部提供済み"));

        GapReport report = GapAnalysis.of(checklist, profiles.guidelineDefault(checklist).orElseThrow(),
                disclosure(checklist, Set.of(), answers, List.of()));

        assertThat(report.gaps()).extracting(Gap::ref, Gap::kind)
                .containsExactly(tuple("2-①", Kind.NOT_ACCEPTABLE));
    }

    @Test
    void aProfileOrADisclosureOfAnotherCatalogueIsRefused() {
        Catalogue mds = catalogue("jahis-mds", "5.0");
        Catalogue sds = catalogue("jahis-sds", "5.0");
        RequirementProfile sdsProfile = profiles.guidelineDefault(sds).orElseThrow();
        GapAnalysis mdsAnalysis = new GapAnalysis(mds, profiles.guidelineDefault(mds).orElseThrow());

        assertThatThrownBy(() -> new GapAnalysis(mds, sdsProfile)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jahis-sds@5.0");
        assertThatThrownBy(() -> mdsAnalysis.analyse(disclosure(sds, Set.of(), Map.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not jahis-mds@5.0");
    }

    static Catalogue catalogue(String id, String version) {
        return catalogues.find(id, version).orElseThrow();
    }

    static Map<String, ItemAnswer> yesToEverything(Catalogue catalogue) {
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (Item item : catalogue.allItems()) {
            answers.put(item.ref(), item.answers() == AnswerScheme.TEXT ? ItemAnswer.text("記入済み")
                    : ItemAnswer.of(Answer.YES));
        }
        return answers;
    }

    static Disclosure disclosure(Catalogue catalogue, Set<String> options, Map<String, ItemAnswer> answers,
            List<SharedNote> notes) {
        return new Disclosure("doc-1", catalogue.id(), catalogue.version(), BasicInformation.empty(), options, answers,
                notes);
    }
}
