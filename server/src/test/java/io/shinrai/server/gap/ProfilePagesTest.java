package io.shinrai.server.gap;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.inventory.Intake;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hospital copies a built-in requirement profile, makes it its own, chooses it for its systems, and every gap
 * list follows at once; each edit is a new version and the old ones stay.
 */
@ShinraiTest
@AutoConfigureMockMvc
class ProfilePagesTest {

    private static final String CHECKLIST = "mhlw-vendor-checklist@2025";
    private static final String GUIDELINE_DEFAULT = "guideline-7.0-mhlw-vendor-checklist@1";
    private static final String RESPONSIBLE_PERSON = "1-①";
    private static final String TITLE = "当院の標準（事業者確認用）";
    /** The editor's select for how the item's いいえ is taken. */
    private static final String NO_TO_RESPONSIBLE_PERSON = "rule:1-①:NO";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Inventory inventory;
    @Autowired
    Intake intake;
    @Autowired
    Disclosures disclosures;
    @Autowired
    Sharing sharing;
    @Autowired
    HospitalProfiles profiles;

    Organisation hospital;
    InventorySystem pacs;
    WebSession admin;

    @BeforeEach
    void aPacsWhoseVendorAnsweredNoToOneItem() throws Exception {
        hospital = fixtures.advancedTreatmentHospital();
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        admin = session(hospital, OrgRole.ORG_ADMIN);
        pacs = inventory.add(hospital.id(), new LedgerEntry("PACS", SystemCategory.PACS, vendor.name(),
                "SMX 画像サーバ", "3.2", null, null, null, false, null, null, null));
        StoredDisclosure checklist = revisedWithOneNo(vendor, fixtures.publishedDisclosure(vendor, "SMX 画像サーバ",
                "3.2"));
        sharing.share(vendor.id(), checklist.id(), hospital.id());
        intake.attachShared(hospital.id(), pacs.id(), checklist.id(), null);
    }

    @Test
    void profilesAreChosenOnlyForDisclosureCatalogues() throws Exception {
        String page = admin.get(profiles()).getContentAsString();

        assertThat(page).contains("mhlw-vendor-checklist@2025").doesNotContain("iec-81001-5-1@2021")
                .doesNotContain("iso-27799@2016");
    }

    @Test
    void aCopyWhereNoIsNotAcceptableChosenForStandardSystemsShowsTheItemAsNotAcceptable() throws Exception {
        String editor = copyOfTheGuidelineDefault();
        assertThat(admin.get(editor).getContentAsString()).contains("name=\"" + NO_TO_RESPONSIBLE_PERSON + "\"");

        String saved = admin.submit(editor + "/versions", "version", "1", NO_TO_RESPONSIBLE_PERSON,
                "NOT_ACCEPTABLE").getContentAsString();
        assertThat(saved).contains("新しい版を保存しました。").contains("コピー元と異なる")
                .contains("（コピー元と異なる規則：1 件）").contains("いいえ：リスク評価が必要");

        String list = admin.submit(profiles() + "/choices", "catalogue", CHECKLIST, "STANDARD", profileId(editor))
                .getContentAsString();
        assertThat(list).contains("適用するプロファイルを変更しました。");

        String gaps = admin.get(systemGaps()).getContentAsString();
        assertThat(gaps).contains("要求プロファイル：" + TITLE).contains(RESPONSIBLE_PERSON)
                .contains("このプロファイルでは認められない回答です。")
                .doesNotContain("医療機関によるリスク評価の記録が必要です。");
    }

    @Test
    void thePreviewCountsTheGapsUnderAnEditBeforeItIsSaved() throws Exception {
        String editor = copyOfTheGuidelineDefault();

        String preview = admin.postFragment(editor + "/preview", "default:NO", "ACCEPTABLE").getContentAsString();

        assertThat(preview).contains("ガイドライン第7.0版の標準（事業者確認用チェックリスト）")
                .containsPattern("合計</th>\\s*<td>1</td>\\s*<td>0</td>");
        assertThat(profiles.history(hospital.id(), profileId(editor))).hasSize(1);
    }

    @Test
    void anEditIsANewVersionAndTheFirstStaysAsItWas() throws Exception {
        String editor = copyOfTheGuidelineDefault();
        admin.submit(editor + "/versions", "version", "1", NO_TO_RESPONSIBLE_PERSON, "NOT_ACCEPTABLE");

        String page = admin.get(editor).getContentAsString();
        String first = admin.get(editor + "/export?version=1").getContentAsString();
        String second = admin.get(editor + "/export").getContentAsString();

        assertThat(page).contains("版の履歴").contains("version=1").contains("version=2");
        assertThat(first).contains("version: \"1\"").doesNotContain("overrides");
        assertThat(second).contains("version: \"2\"").contains("- refs: [\"1-①\"]")
                .contains("basedOn: {id: \"guideline-7.0-mhlw-vendor-checklist\", version: \"1\"}");
        assertThat(profiles.history(hospital.id(), profileId(editor))).extracting(HospitalProfile::version)
                .containsExactly(2, 1);
    }

    @Test
    void savingWhatIsAlreadySavedMakesNoVersionAndAnOutdatedEditIsRefused() throws Exception {
        String editor = copyOfTheGuidelineDefault();

        assertThat(admin.submit(editor + "/versions", "version", "1").getContentAsString())
                .contains("変更がないため、新しい版は作りませんでした。");
        admin.submit(editor + "/versions", "version", "1", "default:NO", "NOT_ACCEPTABLE");
        MockHttpServletResponse outdated = admin.post(editor + "/versions", "version", "1", "default:NO",
                "ACCEPTABLE");

        assertThat(outdated.getStatus()).isEqualTo(409);
        assertThat(outdated.getContentAsString()).contains("別の方が新しい版を保存しました");
        assertThat(profiles.history(hospital.id(), profileId(editor))).hasSize(2);
    }

    @Test
    void aFileWithProblemsIsRefusedWithEveryProblemAndNothingIsKept() throws Exception {
        admin.upload(profiles() + "/import", yaml("""
                format: shinrai-profile/1
                id: strict-vendor-checklist
                version: "1"
                title: {ja: 厳しめ, en: Strict}
                description: {ja: 説明, en: Description}
                catalogue: {id: mhlw-vendor-checklist, version: "2025"}
                default:
                  acceptable: [YES, MAYBE]
                overrides:
                  - refs: ["9-⑨"]
                    acceptable: [YES]
                """));
        String page = admin.get(profiles()).getContentAsString();

        assertThat(page).contains("プロファイルを保存できませんでした。")
                .contains("8行目 default.acceptable[1]: 「MAYBE」は回答の名前ではありません")
                .contains("10行目 overrides[0].refs[0]: 「9-⑨」は mhlw-vendor-checklist 2025 の項目にありません。")
                .contains("自院のプロファイルはまだありません。");
        assertThat(profiles.own(hospital.id())).isEmpty();
    }

    @Test
    void anExportedProfileIsImportedByAnotherHospitalButNotTwiceUnderOneId() throws Exception {
        String editor = copyOfTheGuidelineDefault();
        byte[] exported = admin.get(editor + "/export").getContentAsByteArray();
        Organisation other = fixtures.advancedTreatmentHospital();
        WebSession otherAdmin = session(other, OrgRole.ORG_ADMIN);

        String imported = otherAdmin.get(otherAdmin.upload("/orgs/" + other.id() + "/profiles/import",
                new MockMultipartFile("file", "profile.yaml", "application/yaml", exported)).getRedirectedUrl())
                .getContentAsString();
        admin.upload(profiles() + "/import", new MockMultipartFile("file", "profile.yaml", "application/yaml",
                exported));

        assertThat(imported).contains("プロファイルを取り込みました。").contains(TITLE);
        assertThat(admin.get(profiles()).getContentAsString())
                .contains("ID「" + profileId(editor) + "」はすでに使われています。");
        assertThat(profiles.history(hospital.id(), profileId(editor))).hasSize(1);
    }

    @Test
    void anotherHospitalCanNeitherSeeNorChooseIt() throws Exception {
        String editor = copyOfTheGuidelineDefault();
        Organisation other = fixtures.advancedTreatmentHospital();
        WebSession otherAdmin = session(other, OrgRole.ORG_ADMIN);
        String otherProfiles = "/orgs/" + other.id() + "/profiles";

        assertThat(otherAdmin.get(editor).getStatus()).isEqualTo(404);
        assertThat(otherAdmin.get(otherProfiles + "/" + profileId(editor)).getStatus()).isEqualTo(404);
        assertThat(otherAdmin.post(otherProfiles + "/choices", "catalogue", CHECKLIST, "STANDARD",
                profileId(editor)).getStatus()).isEqualTo(404);
        assertThat(otherAdmin.get(otherProfiles).getContentAsString()).doesNotContain(TITLE);
    }

    @Test
    void aVendorHasNoProfilesPageAndCannotMakeProfiles() throws Exception {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        WebSession vendorAdmin = session(vendor, OrgRole.ORG_ADMIN);
        String vendorProfiles = "/orgs/" + vendor.id() + "/profiles";

        assertThat(vendorAdmin.get(vendorProfiles).getStatus()).isEqualTo(404);
        assertThat(vendorAdmin.post(vendorProfiles, "source", GUIDELINE_DEFAULT, "titleJa", TITLE).getStatus())
                .isEqualTo(404);
        assertThat(vendorAdmin.post(vendorProfiles + "/choices", "catalogue", CHECKLIST, "STANDARD",
                GUIDELINE_DEFAULT).getStatus()).isEqualTo(404);
    }

    @Test
    void viewersReadTheProfilesInEitherLanguageAndChangeNothing() throws Exception {
        WebSession viewer = session(hospital, OrgRole.VIEWER);

        String japanese = viewer.get(profiles()).getContentAsString();
        String english = viewer.get(profiles() + "?lang=en").getContentAsString();

        assertThat(japanese).contains("基幹インフラ対象のシステム").contains("組織管理者が行います")
                .contains("基幹インフラ向け（事業者確認用チェックリスト）").doesNotContain("コピーする");
        assertThat(english).contains("Critical-infrastructure systems")
                .contains("Guideline 7.0 default (checklist for vendors)");
        assertThat(viewer.post(profiles(), "source", GUIDELINE_DEFAULT, "titleJa", TITLE).getStatus())
                .isEqualTo(403);
    }

    /** Copies the built-in guideline default and, as a browser does, opens the copy; returns where it is. */
    private String copyOfTheGuidelineDefault() throws Exception {
        String editor = admin.post(profiles(), "source", GUIDELINE_DEFAULT, "titleJa", TITLE, "titleEn",
                "Our standard").getRedirectedUrl();
        assertThat(admin.get(editor).getContentAsString()).contains("プロファイルをコピーしました。");
        return editor;
    }

    private WebSession session(Organisation organisation, OrgRole role) throws Exception {
        WebSession session = new WebSession(mvc);
        session.signIn(fixtures.member(organisation, role).email(), Fixtures.PASSWORD);
        return session;
    }

    /** The vendor's next revision of the checklist, whose 1-① it now answers いいえ. */
    private StoredDisclosure revisedWithOneNo(Organisation vendor, StoredDisclosure published) {
        StoredDisclosure revision = disclosures.revise(vendor.id(), published.id());
        disclosures.edit(vendor.id(), revision.id(), new Disclosures.Edit(Map.of(RESPONSIBLE_PERSON,
                ItemAnswer.of(Answer.NO, "責任者は来期に任命予定")), null, null));
        assertThat(disclosures.publish(vendor.id(), revision.id())).isEmpty();
        return disclosures.get(vendor.id(), revision.id());
    }

    private static MockMultipartFile yaml(String text) {
        return new MockMultipartFile("file", "profile.yaml", "application/yaml",
                text.getBytes(StandardCharsets.UTF_8));
    }

    private static String profileId(String editor) {
        return editor.substring(editor.lastIndexOf('/') + 1);
    }

    private String profiles() {
        return "/orgs/" + hospital.id() + "/profiles";
    }

    private String systemGaps() {
        return "/orgs/" + hospital.id() + "/inventory/" + pacs.id() + "/gaps";
    }
}
