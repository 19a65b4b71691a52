package io.shinrai.hospital;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfileWriterTest {

    static ProfileLibrary profiles;
    static ProfileReader reader;
    private final ProfileWriter writer = new ProfileWriter();

    @BeforeAll
    static void load() throws Exception {
        CatalogueLibrary catalogues = CatalogueLibrary.load(null);
        profiles = ProfileLibrary.load(catalogues, null);
        reader = new ProfileReader(catalogues);
    }

    @Test
    void aHospitalsEditedCopyIsWrittenAndReadBackAsEdited() throws Exception {
        RequirementProfile critical = profiles.find("critical-infrastructure-jahis-mds", "1").orElseThrow();
        AnswerRule onlyYes = new AnswerRule(Set.of(Answer.YES), Set.of(Answer.NO));

        RequirementProfile edited = critical
                .copyAs("sakura-ehr-mds", new LocalizedText("さくら病院 電子カルテ（MDS）", "Sakura Hospital EHR (MDS)"))
                .withOverride("10.1", onlyYes)
                .withoutOverride("15.5")
                .withOverride("16.1", new AnswerRule(Set.of(), Set.of(Answer.YES, Answer.NO)));
        String yaml = writer.write(edited);
        RequirementProfile read = reader.read(yaml, "sakura-ehr-mds.yaml");

        assertThat(read).isEqualTo(edited);
        assertThat(read.key()).isEqualTo("sakura-ehr-mds@1");
        assertThat(read.basedOn()).isEqualTo(new ProfileReference("critical-infrastructure-jahis-mds", "1"));
        assertThat(read.ruleFor("15.5")).isEqualTo(critical.defaultRule());
        assertThat(yaml).contains("basedOn: {id: \"critical-infrastructure-jahis-mds\", version: \"1\"}\n")
                .contains("""
                        overrides:
                          - refs: ["12.1", "12.2", "12.4", "12.5", "12.6", "7.3", "7.3.1", "7.3.2", "15.1", "15.2", \
                        "15.3", "15.4", "8.1", "8.2", "8.3", "10.3", "10.1"]
                            acceptable: ["YES"]
                            riskEvaluation: ["NO"]
                          - refs: ["16.1"]
                            acceptable: []
                            riskEvaluation: ["YES", "NO"]
                        """);
    }

    @Test
    void everyBuiltInProfileReadsBackAsItIsWritten() throws Exception {
        for (RequirementProfile profile : profiles.all()) {
            assertThat(reader.read(writer.write(profile), profile.key())).isEqualTo(profile);
        }
    }

    @Test
    void textsWithQuotesLineBreaksAndWordsThatLookLikeOtherValuesComeBackUnchanged() throws Exception {
        RequirementProfile profile = profiles.find("guideline-7.0-mds2-2019", "1").orElseThrow().copyAs("awkward",
                new LocalizedText("「引用」\"quoted\" \\ back: slash # not a comment\n二行目\tタブ", "NO"));

        assertThat(reader.read(writer.write(profile), "awkward.yaml")).isEqualTo(profile);
    }
}
