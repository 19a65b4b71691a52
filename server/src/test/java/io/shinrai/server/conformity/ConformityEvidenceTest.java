package io.shinrai.server.conformity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.attachment.Attachments;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.Product;
import io.shinrai.server.product.ProductVersion;
import io.shinrai.server.product.Products;
import io.shinrai.server.sbom.Sboms;
import io.shinrai.server.web.NotFoundException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A manufacturer's quality engineer records, per product version, each JIS T 81001-5-1 activity with its status,
 * the person responsible and its evidence, sees how complete each clause is, and starts a new version from the
 * previous one's evidence.
 */
@ShinraiTest
@AutoConfigureMockMvc
class ConformityEvidenceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Products products;
    @Autowired
    Conformity conformity;
    @Autowired
    Attachments attachments;
    @Autowired
    Sboms sboms;

    Organisation maker;
    UserAccount engineer;
    WebSession editor;
    Product product;
    ProductVersion first;

    @BeforeEach
    void aManufacturerWithAVersion() throws Exception {
        maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        engineer = fixtures.member(maker, OrgRole.EDITOR);
        editor = new WebSession(mvc);
        editor.signIn(engineer.email(), Fixtures.PASSWORD);
        product = products.add(maker.id(), "画像サーバ X");
        first = products.addVersion(maker.id(), product.id(), "3.0", Lifecycle.UNKNOWN);
    }

    @Test
    void anActivityIsRecordedWithItsResponsibleMemberFileAndLinkAndItsClauseShowsHowCompleteItIs() throws Exception {
        String landed = editor.submit(activity(first, "1.1"), "status", "DONE", "responsible",
                engineer.displayName(), "remarks", "品質マニュアル第4版に規定").getContentAsString();
        editor.upload(activity(first, "1.1") + "/files", new MockMultipartFile("file", "セキュリティ計画書.txt",
                "text/plain", "セキュリティ活動計画".getBytes(StandardCharsets.UTF_8)));
        editor.post(activity(first, "1.1") + "/links", "url", "https://qms.example.jp/docs/SEC-001", "label",
                "SEC-001 手順書");

        assertThat(landed).contains("活動の記録を保存しました。");
        String page = editor.get(page(first)).getContentAsString();
        assertThat(page).contains("品質マネジメント").contains("IEC 81001-5-1 4.1").contains("1/8 件（12%）")
                .contains("1/69 件（1%）").contains("品質マニュアル第4版に規定").contains("セキュリティ計画書.txt")
                .contains("href=\"https://qms.example.jp/docs/SEC-001\"").contains("SEC-001 手順書")
                .contains("完了").contains("value=\"" + engineer.displayName() + "\"");
        ActivityRecord recorded = conformity.of(maker.id(), first.id()).activity("1.1");
        assertThat(recorded.responsibleUserId()).isEqualTo(engineer.id());
        assertThat(recorded.updatedBy()).isEqualTo(engineer.displayName());
    }

    @Test
    void someoneNotAMemberIsKeptAsTheNameWritten() throws Exception {
        editor.post(activity(first, "2.1"), "status", "IN_PROGRESS", "responsible", "品質保証部 佐藤");

        ActivityRecord recorded = conformity.of(maker.id(), first.id()).activity("2.1");
        assertThat(recorded.responsibleName()).isEqualTo("品質保証部 佐藤");
        assertThat(recorded.responsibleUserId()).isNull();
        assertThat(editor.get(page(first) + "?section=security-requirements").getContentAsString())
                .contains("実施中").contains("0/4 件（0%）");
    }

    @Test
    void notApplicableNeedsTheReasonInTheRemarks() throws Exception {
        String refused = editor.submit(activity(first, "1.7"), "status", "NOT_APPLICABLE").getContentAsString();

        assertThat(refused).contains("対象外とする場合は、その理由を備考に記入してください。");
        assertThat(conformity.of(maker.id(), first.id()).activities()).isEmpty();

        editor.post(activity(first, "1.7"), "status", "NOT_APPLICABLE", "remarks", "外部委託の開発なし");
        assertThat(editor.get(page(first)).getContentAsString()).contains("1/8 件（12%）");
    }

    @Test
    void onlyWebAddressesAreTakenAsLinks() throws Exception {
        for (String address : new String[] {"javascript:alert(1)", "ftp://files.example.jp/a", "//example.jp",
                "https://"}) {
            String refused = editor.submit(activity(first, "1.1") + "/links", "url", address).getContentAsString();
            assertThat(refused).as(address).contains("リンクは http:// または https:// で始まるアドレス");
        }
        assertThat(conformity.of(maker.id(), first.id()).evidenceFor("1.1")).isEmpty();
    }

    @Test
    void theVersionsSbomIsShownAsItsEvidence() throws Exception {
        try (InputStream sbom = getClass().getResourceAsStream("/sbom/viewer-3.0.cdx.json")) {
            sboms.importFile(maker.id(), first.id(), "viewer-3.0.cdx.json", sbom);
        }

        assertThat(editor.get(page(first)).getContentAsString()).contains("このバージョンの SBOM")
                .contains("viewer-3.0.cdx.json").contains("/orgs/" + maker.id() + "/versions/" + first.id() + "/sbom");
    }

    @Test
    void aNewVersionStartsFromThePreviousVersionsEvidenceMarkedUntilConfirmed() throws Exception {
        editor.post(activity(first, "1.1"), "status", "DONE", "responsible", "品質保証部 佐藤", "remarks", "QMS 手順");
        editor.post(activity(first, "1.2"), "status", "IN_PROGRESS");
        editor.upload(activity(first, "1.1") + "/files", new MockMultipartFile("file", "試験報告書.txt",
                "text/plain", "脆弱性診断の結果".getBytes(StandardCharsets.UTF_8)));
        editor.post(activity(first, "1.1") + "/links", "url", "https://qms.example.jp/SEC-001");
        ProductVersion next = products.addVersion(maker.id(), product.id(), "3.1", Lifecycle.UNKNOWN);

        String offer = editor.get(page(next)).getContentAsString();
        assertThat(offer).contains("このバージョンにはまだ証跡がありません。バージョン 3.0 の証跡")
                .contains("バージョン 3.0 から引き継ぐ");
        String carried = editor.submit(page(next) + "/carry-over").getContentAsString();

        assertThat(carried).contains("バージョン 3.0 の証跡を引き継ぎました。").contains("3.0 から引き継ぎ・未確認")
                .contains("前のバージョンから引き継いだまま確認されていない活動が 2 件あります。")
                .contains("確認して保存").contains("試験報告書.txt").contains("https://qms.example.jp/SEC-001")
                .contains("QMS 手順").contains("1/8 件（12%）").doesNotContain("バージョン 3.0 から引き継ぐ");
        VersionConformity taken = conformity.of(maker.id(), next.id());
        assertThat(taken.activity("1.1").carriedOverVersion()).isEqualTo("3.0");
        assertThat(taken.activity("1.1").responsibleName()).isEqualTo("品質保証部 佐藤");

        editor.post(activity(next, "1.1"), "status", "DONE", "responsible", "品質保証部 佐藤", "remarks", "QMS 手順");
        VersionConformity confirmed = conformity.of(maker.id(), next.id());
        assertThat(confirmed.activity("1.1").carriedOver()).isFalse();
        assertThat(confirmed.activity("1.2").carriedOver()).isTrue();
        assertThat(conformity.of(maker.id(), first.id()).activity("1.1").carriedOver()).isFalse();
        assertThat(editor.submit(page(next) + "/carry-over").getContentAsString())
                .contains("引き継げる証跡がありません。");
    }

    @Test
    void aCarriedOverFileStaysWithTheEarlierVersionWhenTheNewOneDropsIt() throws Exception {
        editor.upload(activity(first, "1.1") + "/files", new MockMultipartFile("file", "試験報告書.txt",
                "text/plain", "脆弱性診断の結果".getBytes(StandardCharsets.UTF_8)));
        ProductVersion next = products.addVersion(maker.id(), product.id(), "3.1", Lifecycle.UNKNOWN);
        editor.post(page(next) + "/carry-over");
        Evidence carried = conformity.of(maker.id(), next.id()).evidenceFor("1.1").get(0);

        editor.post(page(next) + "/evidence/" + carried.id() + "/delete");

        assertThat(conformity.of(maker.id(), next.id()).evidenceFor("1.1")).isEmpty();
        assertThat(conformity.of(maker.id(), next.id()).activity("1.1").carriedOver()).isFalse();
        Evidence kept = conformity.of(maker.id(), first.id()).evidenceFor("1.1").get(0);
        assertThat(editor.get("/orgs/" + maker.id() + "/attachments/" + kept.attachmentId()).getContentAsByteArray())
                .isEqualTo("脆弱性診断の結果".getBytes(StandardCharsets.UTF_8));
        editor.post(page(first) + "/evidence/" + kept.id() + "/delete");
        assertThatThrownBy(() -> attachments.get(maker.id(), kept.attachmentId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aViewerReadsTheEvidenceButHasNothingToEdit() throws Exception {
        editor.post(activity(first, "1.1"), "status", "DONE", "responsible", "品質保証部 佐藤");
        WebSession viewer = new WebSession(mvc);
        viewer.signIn(fixtures.member(maker, OrgRole.VIEWER).email(), Fixtures.PASSWORD);

        String page = viewer.get(page(first)).getContentAsString();

        assertThat(page).contains("品質保証部 佐藤").contains("完了").doesNotContain("証跡を追加")
                .doesNotContain("/conformity/activities/");
        assertThat(viewer.post(activity(first, "1.1"), "status", "NOT_STARTED").getStatus()).isEqualTo(403);
    }

    @Test
    void theVersionPageLeadsToTheEvidence() throws Exception {
        assertThat(editor.get("/orgs/" + maker.id() + "/versions/" + first.id()).getContentAsString())
                .contains("href=\"" + page(first) + "\"").contains("適合性の証跡");
    }

    private String page(ProductVersion version) {
        return "/orgs/" + maker.id() + "/versions/" + version.id() + "/conformity";
    }

    private String activity(ProductVersion version, String ref) {
        return page(version) + "/activities/" + ref;
    }
}
