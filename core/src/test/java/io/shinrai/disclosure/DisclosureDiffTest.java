package io.shinrai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueReader;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DisclosureDiffTest {

    static Catalogue catalogue;

    @BeforeAll
    static void readCatalogue() throws Exception {
        try (InputStream in = DisclosureDiffTest.class.getResourceAsStream("/catalogues/example-mds.yaml")) {
            catalogue = new CatalogueReader().read(in, "example-mds.yaml");
        }
    }

    @Test
    void showsChangedAnswersRemarksHeadAndOptionsInTheCataloguesOrder() {
        Disclosure revision1 = new Disclosure("MDS-1", "example-mds", "1.0",
                new BasicInformation(LocalDate.of(2025, 4, 1), "さくら", "SMX", "3.1"), Set.of(),
                Map.of("13.1", ItemAnswer.of(Answer.NO, "閉域網のため"), "13.2", ItemAnswer.of(Answer.YES),
                        "model", ItemAnswer.text("SMX-200")),
                List.of());
        Disclosure revision2 = new Disclosure("MDS-1", "example-mds", "1.0",
                new BasicInformation(LocalDate.of(2026, 11, 26), "さくら", "SMX", "3.2"), Set.of("wireless-lan"),
                Map.of("13.1", ItemAnswer.of(Answer.YES), "13.1.1", ItemAnswer.of(Answer.NO, "WPA2 のみ"),
                        "13.2", ItemAnswer.of(Answer.YES), "model", ItemAnswer.text("SMX-200")),
                List.of());

        assertThat(new DisclosureDiff(catalogue).between(revision1, revision2)).containsExactly(
                Change.ofField("createdOn", "2025-04-01", "2026-11-26"),
                Change.ofField("productVersion", "3.1", "3.2"),
                Change.ofField("optionsInUse", "[]", "[wireless-lan]"),
                Change.ofItem("13.1", "いいえ 備考: 閉域網のため", "はい"),
                Change.ofItem("13.1.1", "", "いいえ 備考: WPA2 のみ"));
    }

    @Test
    void theSameDisclosureHasNoChanges() {
        Disclosure disclosure = new Disclosure("MDS-1", "example-mds", "1.0", BasicInformation.empty(), Set.of(),
                Map.of("13.1", ItemAnswer.of(Answer.YES)), List.of());

        assertThat(new DisclosureDiff(catalogue).between(disclosure, disclosure)).isEmpty();
    }
}
