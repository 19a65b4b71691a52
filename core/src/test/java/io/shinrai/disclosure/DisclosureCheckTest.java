package io.shinrai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueReader;
import io.shinrai.disclosure.Finding.Kind;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DisclosureCheckTest {

    static Catalogue catalogue;

    @BeforeAll
    static void readCatalogue() throws Exception {
        try (InputStream in = DisclosureCheckTest.class.getResourceAsStream("/catalogues/example-mds.yaml")) {
            catalogue = new CatalogueReader().read(in, "example-mds.yaml");
        }
    }

    @Test
    void aCompleteDisclosureHasNoFindings() {
        Disclosure complete = disclosure(Set.of("wireless-lan"), Map.of(
                "13.1", ItemAnswer.of(Answer.YES),
                "13.1.1", ItemAnswer.of(Answer.NO, "WPA2 のみ対応。次期バージョンで WPA3 に対応予定。"),
                "13.2", ItemAnswer.of(Answer.NOT_APPLICABLE),
                "model", ItemAnswer.text("SMX-200")));

        assertThat(new DisclosureCheck(catalogue).findings(complete)).isEmpty();
        assertThat(new DisclosureCheck(catalogue).progress(complete)).allMatch(SectionProgress::isComplete);
    }

    @Test
    void findsUnansweredItemsAndNoWithoutRemarks() {
        Disclosure draft = disclosure(Set.of(), Map.of("13.1", ItemAnswer.of(Answer.NO)));

        assertThat(new DisclosureCheck(catalogue).findings(draft)).containsExactly(
                new Finding(Kind.REMARKS_MISSING, "13.1"),
                new Finding(Kind.UNANSWERED, "13.2"),
                new Finding(Kind.UNANSWERED, "model"));
        assertThat(new DisclosureCheck(catalogue).progress(draft)).containsExactly(
                new SectionProgress("network", 1, 2), new SectionProgress("identity", 0, 1));
    }

    @Test
    void anItemOfAnOptionNotInUseIsNotAskedAndMustNotBeAnswered() {
        Disclosure withoutWirelessLan = disclosure(Set.of(), Map.of(
                "13.1", ItemAnswer.of(Answer.YES),
                "13.1.1", ItemAnswer.of(Answer.YES),
                "13.2", ItemAnswer.of(Answer.YES),
                "model", ItemAnswer.text("SMX-200")));

        assertThat(withoutWirelessLan.askedItems(catalogue)).extracting(item -> item.ref())
                .containsExactly("13.1", "13.2", "model");
        assertThat(new DisclosureCheck(catalogue).findings(withoutWirelessLan))
                .containsExactly(new Finding(Kind.ANSWERED_BUT_NOT_ASKED, "13.1.1"));
    }

    @Test
    void findsAnswersTheCatalogueDoesNotOffer() {
        Disclosure odd = new Disclosure("doc-1", "example-mds", "1.0", BasicInformation.empty(), Set.of("bluetooth"),
                Map.of("13.1", ItemAnswer.of(Answer.SEE_NOTES),
                        "13.2", new ItemAnswer(Answer.YES, null, null, List.of(7)),
                        "model", ItemAnswer.of(Answer.YES),
                        "99.9", ItemAnswer.of(Answer.YES)),
                List.of(new SharedNote(1, "共通の注記")));

        assertThat(new DisclosureCheck(catalogue).findings(odd)).containsExactly(
                new Finding(Kind.UNKNOWN_OPTION, "bluetooth"),
                new Finding(Kind.ANSWER_NOT_OFFERED, "13.1"),
                new Finding(Kind.UNKNOWN_NOTE, "13.2"),
                new Finding(Kind.ANSWER_NOT_OFFERED, "model"),
                new Finding(Kind.UNKNOWN_ITEM, "99.9"));
    }

    private static Disclosure disclosure(Set<String> options, Map<String, ItemAnswer> answers) {
        return new Disclosure("doc-1", "example-mds", "1.0", BasicInformation.empty(), options, answers, List.of());
    }
}
