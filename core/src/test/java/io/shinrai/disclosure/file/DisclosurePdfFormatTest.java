package io.shinrai.disclosure.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PDF among the disclosure formats: written like the others, refused clearly when someone tries to import one. */
class DisclosurePdfFormatTest {

    static CatalogueLibrary library;
    static Catalogue vendorChecklist;

    @BeforeAll
    static void load() throws Exception {
        library = CatalogueLibrary.load(null);
        vendorChecklist = library.find("mhlw-vendor-checklist", "2025").orElseThrow();
    }

    @Test
    void aDisclosureIsWrittenAsAPdfInJapanese() throws Exception {
        Disclosure disclosure = new Disclosure("MDS-1", "mhlw-vendor-checklist", "2025",
                new BasicInformation(LocalDate.of(2026, 1, 15), "さくらメディカルシステムズ株式会社", "SMX", "3.2"), Set.of(),
                Map.of("1-①", ItemAnswer.of(Answer.NO, "次回更新で対応します。")), List.of());

        String text;
        try (PDDocument pdf = Loader.loadPDF(written(disclosure))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf);
        }

        assertThat(text).contains("製造業者: さくらメディカルシステムズ株式会社", "いいえ 次回更新で対応します。", "未回答");
    }

    @Test
    void aPdfIsNeverTakenForADisclosureToImport() throws Exception {
        Disclosure disclosure = new Disclosure("MDS-1", "mhlw-vendor-checklist", "2025", BasicInformation.empty(),
                Set.of(), Map.of(), List.of());
        byte[] pdf = written(disclosure);

        for (String name : List.of("MDS-1.pdf", "MDS-1.xlsx", "download")) {
            assertThatThrownBy(() -> DisclosureFormat.detect(name, pdf)).as(name)
                    .isInstanceOfSatisfying(UnusableFileException.class, e -> assertThat(e.reason())
                            .isEqualTo(DisclosureFormat.PDF_NOT_READABLE));
        }
        assertThatThrownBy(() -> DisclosureFormat.PDF.read(pdf, "MDS-1", library))
                .isInstanceOfSatisfying(UnusableFileException.class, e -> {
                    assertThat(e.reason().ja()).contains("PDF からは開示書を読み込めません", "JSON または Excel");
                    assertThat(e.reason().en()).contains("cannot be imported from a PDF", "JSON or Excel");
                });
    }

    private static byte[] written(Disclosure disclosure) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureFormat.PDF.write(disclosure, vendorChecklist, out);
        return out.toByteArray();
    }
}
