package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {

    @TempDir
    Path folder;
    private final CommandRun run = new CommandRun();

    private static final String PROFILE = """
            format: shinrai-profile/1
            id: sakura-ehr-mds
            version: "1"
            title: {ja: さくら病院 電子カルテ（MDS）, en: Sakura Hospital EHR (MDS)}
            description: {ja: 院内の要件, en: In-house requirements}
            catalogue: {id: jahis-mds, version: "5.0"}
            default: {acceptable: [YES, NOT_APPLICABLE], riskEvaluation: ["NO"]}
            overrides:
              - refs: ["12.1", "12.2"]
                acceptable: [YES]
            """;

    @Test
    void listShowsTheGuidelineDefaultAndTheCriticalInfrastructureProfileOfEachCatalogue() {
        assertThat(run.shinrai("profile", "list")).isZero();
        assertThat(run.out())
                .containsPattern("guideline-7.0-jahis-mds@1\\s+jahis-mds@5.0\\s+Guideline 7.0 default \\(MDS\\)")
                .containsPattern("critical-infrastructure-mds2-2019@1\\s+mds2-2019@2019\\s+Critical infrastructure");
    }

    @Test
    void checkSaysWhatAGoodFileIsAndListsTheProblemsOfABrokenOneWithTheirLines() throws Exception {
        Path good = Files.writeString(folder.resolve("good.yaml"), PROFILE);
        Path broken = Files.writeString(folder.resolve("broken.yaml"), PROFILE.replace("\"12.2\"", "\"12.9\"")
                .replace("acceptable: [YES]", "acceptable: [はい]"));

        assertThat(run.shinrai("profile", "check", good.toString(), broken.toString())).isEqualTo(1);
        assertThat(run.out()).contains(good + ": OK, sakura-ehr-mds@1 for jahis-mds@5.0 with rules for 2 single items");
        assertThat(run.err()).contains(broken + ": 2 problem(s)")
                .contains("line 10, overrides[0].acceptable[0]: \"はい\" is not an answer (use one of YES はい,")
                .contains("line 9, overrides[0].refs[1]: \"12.9\" is not an item of jahis-mds 5.0");
    }
}
