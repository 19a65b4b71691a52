package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosureCommandTest {

    @TempDir
    Path folder;
    private final CommandRun run = new CommandRun();

    @Test
    void validateReportsProgressAndWhatIsMissing() throws Exception {
        Path disclosure = Files.writeString(folder.resolve("mds.json"), """
                {"format": "shinrai-disclosure/1", "documentId": "MDS-1",
                 "catalogue": {"id": "mhlw-vendor-checklist", "version": "2025"},
                 "basics": {"vendor": "さくらメディカルシステムズ株式会社"}, "optionsInUse": [],
                 "answers": [{"ref": "1-①", "answer": "NO"}], "notes": []}""");

        assertThat(run.shinrai("disclosure", "validate", disclosure.toString())).isEqualTo(DisclosureCommand.FINDINGS);
        assertThat(run.out()).contains("1-①: This answer needs remarks.").contains("Not answered yet.")
                .containsPattern("governance\\s+100%  1 of 1 answered").contains("finding(s).");
    }

    @Test
    void validateSaysWhyAFileIsNotUsable() throws Exception {
        Path unknownCatalogue = Files.writeString(folder.resolve("other.json"), """
                {"format": "shinrai-disclosure/1", "documentId": "X", "catalogue": {"id": "acme", "version": "9"},
                 "basics": {}, "optionsInUse": [], "answers": [], "notes": []}""");
        Path notJson = Files.writeString(folder.resolve("broken.json"), "MDS,はい,いいえ");

        assertThat(run.shinrai("disclosure", "validate", unknownCatalogue.toString()))
                .isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("catalogue acme version 9, which is not known here");
        assertThat(run.shinrai("disclosure", "validate", notJson.toString())).isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("not readable as JSON");
    }

    @Test
    void catalogueCheckListsTheProblemsOfABrokenFile() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.yaml"), """
                format: shinrai-catalogue/1
                id: local-checklist
                version: "1"
                title: {ja: 院内チェックリスト, en: In-house checklist}
                answers: yes-no
                sections:
                  - id: access
                    title: {ja: アクセス管理}
                    items:
                      - ref: "1"
                        text: {ja: 退職者のアカウントを削除していますか。, en: Are leavers' accounts removed?}
                        when: {option: wireless-lan}
                """);

        assertThat(run.shinrai("catalogue", "check", broken.toString())).isEqualTo(1);
        assertThat(run.err()).contains("sections[0].title.en: required")
                .contains("sections[0].items[0].when.option: \"wireless-lan\" is not one of the catalogue's options");
    }

    @Test
    void catalogueListShowsTheBuiltInOnes() {
        assertThat(run.shinrai("catalogue", "list")).isZero();
        assertThat(run.out()).contains("jahis-mds@5.0").contains("mds2-2019@2019");
    }
}
