package io.shinrai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.risk.AnnexA;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLibraryTest {

    @Test
    void everyBuiltInCatalogueLoadsAndEveryFileIsListed() throws Exception {
        CatalogueLibrary library = CatalogueLibrary.load(null);

        assertThat(library.all()).extracting(Catalogue::key).containsExactly(
                "jahis-mds@5.0", "jahis-sds@5.0", "rss-sds@1.0", "mhlw-hospital-checklist@2025",
                "mhlw-vendor-checklist@2025", "mds2-2019@2019", "iec-81001-5-1@2021", "iso-27799@2016");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/catalogues"))) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(CatalogueLibrary.BUILT_IN);
        }
    }

    @Test
    void theHospitalChecklistAsksForMdsAndSdsInItem2_3() throws Exception {
        Catalogue checklist = CatalogueLibrary.load(null).find("mhlw-hospital-checklist", "2025").orElseThrow();

        assertThat(checklist.item("2-③").orElseThrow().text().ja()).contains("MDS").contains("SDS");
        assertThat(checklist.answers()).isEqualTo(AnswerScheme.YES_NO);
    }

    @Test
    void mds2HasTheSectionsAndTheQuestionIdsOfHn1_2019() throws Exception {
        Catalogue mds2 = CatalogueLibrary.load(null).find("mds2-2019", "2019").orElseThrow();
        Pattern questionId = Pattern.compile("[A-Z]{3,4}-\\d+(\\.\\d+)*");

        assertThat(mds2.sections()).extracting(Section::id).containsExactly("doc", "mpii", "alof", "audt", "auth",
                "csup", "didt", "dtbk", "emrg", "igau", "mldp", "naut", "conn", "paut", "plok", "rdmp", "sbom",
                "sahd", "sgud", "stcf", "txcf", "txig", "rmot", "othr");
        List<String> ids = mds2.allItems().stream().map(Item::ref).filter(ref -> questionId.matcher(ref).matches())
                .toList();
        assertThat(ids).hasSize(240).contains("DOC-1", "MPII-2.1", "SBOM-2.1", "RMOT-3");
        assertThat(mds2.item("MPII-2.1").orElseThrow().answers()).isEqualTo(AnswerScheme.MDS2);
    }

    @Test
    void onlyDisclosureCataloguesAreOfferedForDisclosures() throws Exception {
        CatalogueLibrary library = CatalogueLibrary.load(null);

        assertThat(library.all(CataloguePurpose.DISCLOSURE)).extracting(Catalogue::id)
                .contains("jahis-mds", "mds2-2019").doesNotContain("iec-81001-5-1", "iso-27799");
        assertThat(library.all(CataloguePurpose.LIFECYCLE_EVIDENCE)).extracting(Catalogue::key)
                .containsExactly("iec-81001-5-1@2021");
        assertThat(library.all(CataloguePurpose.CONTROLS)).extracting(Catalogue::key)
                .containsExactly("iso-27799@2016");
    }

    @Test
    void theLifecycleCatalogueAsksForEachActivityWithClausesOfBothGuidelines() throws Exception {
        Catalogue lifecycle = CatalogueLibrary.load(null).find("iec-81001-5-1", "2021").orElseThrow();
        Pattern practice = Pattern.compile("(SM|SR|SD|SI|SVV|DM|SUM|SG)(-\\d+)?");
        Pattern clause = Pattern.compile("[4-9](\\.\\d+){0,2}");

        assertThat(lifecycle.sections()).extracting(Section::id).containsExactly("quality-management",
                "security-requirements", "secure-design", "implementation", "verification-validation",
                "defect-management", "update-management", "release", "security-guidelines", "problem-resolution",
                "security-risk-management", "configuration-management");
        assertThat(lifecycle.allItems()).hasSizeBetween(40, 70)
                .allSatisfy(item -> assertThat(item.needsRemarks(Answer.NOT_APPLICABLE)).isTrue());
        assertThat(references(lifecycle, "iec-62443-4-1")).allMatch(practice.asMatchPredicate());
        assertThat(references(lifecycle, "iec-81001-5-1")).allMatch(clause.asMatchPredicate())
                .contains("4.1.7", "5.7.4", "9.2");
    }

    @Test
    void theHealthControlsAreNumberedByTheControlsOfIso27002() throws Exception {
        Catalogue controls = CatalogueLibrary.load(null).find("iso-27799", "2016").orElseThrow();

        assertThat(controls.sections()).extracting(Section::id)
                .containsExactly("organizational", "people", "physical", "technological");
        assertThat(controls.allItems()).hasSizeBetween(40, 93).allSatisfy(item -> assertThat(
                AnnexA.controls().find(item.ref().replaceFirst("-[a-z]$", ""))).isPresent());
        assertThat(references(controls, "iso-iec-27002-2022"))
                .allSatisfy(control -> assertThat(AnnexA.controls().find(control)).isPresent());
        assertThat(controls.item("5.15-a").orElseThrow().text().en()).contains("break glass");
    }

    @Test
    void aCatalogueInTheInstallationsFolderIsAddedWithoutCode(@TempDir Path folder) throws Exception {
        Files.copy(Path.of("src/test/resources/catalogues/example-mds.yaml"), folder.resolve("example-mds.yaml"));

        assertThat(CatalogueLibrary.load(folder).find("example-mds", "1.0")).isPresent();
    }

    @Test
    void theSameCatalogueVersionTwiceIsRefused(@TempDir Path folder) throws Exception {
        Files.copy(Path.of("src/test/resources/catalogues/example-mds.yaml"), folder.resolve("a.yaml"));
        Files.copy(Path.of("src/test/resources/catalogues/example-mds.yaml"), folder.resolve("b.yaml"));

        assertThatThrownBy(() -> CatalogueLibrary.load(folder)).isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("b.yaml").hasMessageContaining("already defined");
    }

    private static List<String> references(Catalogue catalogue, String guideline) {
        return Stream.concat(catalogue.sections().stream().flatMap(section -> section.references().stream()),
                        catalogue.allItems().stream().flatMap(item -> item.references().stream()))
                .filter(reference -> reference.guideline().equals(guideline)).map(Reference::clause).toList();
    }
}
