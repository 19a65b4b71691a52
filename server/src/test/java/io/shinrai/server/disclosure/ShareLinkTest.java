package io.shinrai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Section;
import io.shinrai.crypto.Sha256;
import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.activity.ActivityEntry;
import io.shinrai.server.activity.ActivityFilter;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A vendor shares a published disclosure by link with someone who has no account; the link works for anyone until
 * it expires or is revoked, and then looks like any link that never existed.
 */
@ShinraiTest
@AutoConfigureMockMvc
class ShareLinkTest {

    private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{43})");
    private static final String UNUSABLE = "このリンクは無効か、有効期限が切れています。";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Disclosures disclosures;
    @Autowired
    ShareLinks links;
    @Autowired
    CatalogueLibrary catalogues;
    @Autowired
    ActivityLog activity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    Organisation vendor;
    WebSession vendorReviewer;
    WebSession visitor;
    StoredDisclosure published;

    @BeforeEach
    void aVendorWithAPublishedDisclosure() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        vendorReviewer = signedIn(vendor, OrgRole.REVIEWER);
        visitor = new WebSession(mvc);
        published = fixtures.publishedDisclosure(vendor, "SMX 画像サーバ", "3.2");
    }

    @Test
    void anyoneWithTheLinkReadsAndDownloadsTheDisclosureWithoutSigningIn() throws Exception {
        String token = createLink("山田病院 医療情報部", "30");
        Section second = disclosures.catalogueOf(published).sections().get(1);

        MockHttpServletResponse page = visitor.get("/s/" + token);
        MockHttpServletResponse section = visitor.get("/s/" + token + "?section=" + second.id());
        MockHttpServletResponse json = visitor.get("/s/" + token + "/export?format=JSON");

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("SMX 画像サーバ").contains("提供元：" + vendor.name())
                .contains("href=\"/s/" + token + "/export?format=JSON\"").doesNotContain("ログアウト");
        assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(section.getContentAsString()).contains("<h3>" + second.title().in(Locale.JAPANESE) + "</h3>");
        assertThat(json.getStatus()).isEqualTo(200);
        assertThat(json.getContentAsString()).contains("\"product\" : \"SMX 画像サーバ\"");
        assertThat(json.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(vendorPage()).contains("山田病院 医療情報部").contains("有効").contains("3回");
    }

    @Test
    void theLinkIsShownOnceAndOnlyItsHashIsKept() throws Exception {
        String token = createLink("監査法人", "30");

        assertThat(vendorPage()).doesNotContain(token);
        List<Map<String, Object>> rows = jdbc.sql("select * from disclosure_share_link where disclosure_id = :id")
                .param("id", published.id()).query().listOfRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("token_hash")).isEqualTo(Sha256.hex(token));
            assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token));
        });
        visitor.get("/s/" + token);
        vendorReviewer.post(revokePath(onlyLink()));
        List<ActivityEntry> log = activity.forOrganisation(vendor.id(), ActivityFilter.none());
        assertThat(log).extracting(ActivityEntry::action)
                .contains("disclosure.link-created", "disclosure.link-used", "disclosure.link-revoked");
        assertThat(log).noneMatch(entry -> String.valueOf(entry.before()).contains(token)
                || String.valueOf(entry.after()).contains(token));
    }

    @Test
    void anExpiredLinkLooksLikeOneThatNeverExisted() throws Exception {
        String token = createLink("一日だけ", "1");
        clock.advance(Duration.ofDays(1).plusMinutes(1));

        MockHttpServletResponse expired = visitor.get("/s/" + token);

        assertThat(expired.getStatus()).isEqualTo(404);
        assertThat(expired.getContentAsString()).contains(UNUSABLE).doesNotContain("SMX 画像サーバ");
        assertThat(mainContent(expired)).isEqualTo(mainContent(visitor.get("/s/no-such-link")));
        assertThat(visitor.get("/s/" + token + "/export?format=JSON").getStatus()).isEqualTo(404);
        assertThat(vendorPage()).contains("期限切れ");
    }

    @Test
    void aRevokedLinkLooksLikeOneThatNeverExistedInEitherLanguage() throws Exception {
        String token = createLink("山田病院 医療情報部", "30");

        vendorReviewer.post(revokePath(onlyLink()));
        MockHttpServletResponse revoked = visitor.get("/s/" + token);

        assertThat(revoked.getStatus()).isEqualTo(404);
        assertThat(revoked.getContentAsString()).contains(UNUSABLE);
        assertThat(revoked.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(mainContent(revoked)).isEqualTo(mainContent(visitor.get("/s/no-such-link")));
        assertThat(visitor.get("/s/" + token + "/export?format=JSON").getStatus()).isEqualTo(404);
        assertThat(visitor.get("/s/" + token + "?lang=en").getContentAsString())
                .contains("The link is not valid or has expired.");
        assertThat(vendorPage()).contains("取り消し済み");
    }

    @Test
    void aViewerCannotMakeLinks() throws Exception {
        WebSession viewer = signedIn(vendor, OrgRole.VIEWER);

        MockHttpServletResponse refused = viewer.post(linksPath(), "label", "誰か", "days", "30");

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(links.of(vendor.id(), published.id())).isEmpty();
    }

    @Test
    void anotherOrganisationCannotMakeOrRevokeLinksToThisDisclosure() throws Exception {
        String token = createLink("山田病院 医療情報部", "30");
        Organisation other = fixtures.organisation(OrganisationKind.MANUFACTURER);
        WebSession otherAdmin = signedIn(other, OrgRole.ORG_ADMIN);
        String foreignPath = "/orgs/" + other.id() + "/disclosures/" + published.id() + "/links";

        assertThat(otherAdmin.post(foreignPath, "label", "横取り", "days", "30").getStatus()).isEqualTo(404);
        assertThat(otherAdmin.post(linksPath(), "label", "横取り", "days", "30").getStatus()).isEqualTo(404);
        assertThat(otherAdmin.post(foreignPath + "/" + onlyLink().id() + "/revoke").getStatus()).isEqualTo(404);
        assertThat(otherAdmin.post(revokePath(onlyLink())).getStatus()).isEqualTo(404);
        assertThat(visitor.get("/s/" + token).getStatus()).isEqualTo(200);
    }

    @Test
    void aDraftCannotBeSharedByLink() throws Exception {
        StoredDisclosure draft = disclosures.revise(vendor.id(), published.id());
        String draftPath = "/orgs/" + vendor.id() + "/disclosures/" + draft.id();

        vendorReviewer.post(draftPath + "/links", "label", "早すぎる", "days", "30");

        assertThat(vendorReviewer.get(draftPath).getContentAsString()).contains("下書きは共有できません。");
        assertThat(links.of(vendor.id(), draft.id())).isEmpty();
    }

    @Test
    void aLinkNeedsALabelAndAValidityOfOneToAYear() throws Exception {
        vendorReviewer.post(linksPath(), "label", " ", "days", "30");
        vendorReviewer.post(linksPath(), "label", "長すぎる", "days", "366");

        assertThat(vendorPage()).contains("宛先を入力し、有効日数は1〜365日の範囲で指定してください。");
        assertThat(links.of(vendor.id(), published.id())).isEmpty();
    }

    /** Creates a link as the vendor's reviewer and returns its token, read from the page that shows it once. */
    private String createLink(String label, String days) throws Exception {
        vendorReviewer.post(linksPath(), "label", label, "days", days);
        Matcher link = LINK.matcher(vendorPage());
        assertThat(link.find()).as("the new link is shown").isTrue();
        return link.group(1);
    }

    private String vendorPage() throws Exception {
        return vendorReviewer.get("/orgs/" + vendor.id() + "/disclosures/" + published.id()).getContentAsString();
    }

    private ShareLink onlyLink() {
        return links.of(vendor.id(), published.id()).get(0);
    }

    private String linksPath() {
        return "/orgs/" + vendor.id() + "/disclosures/" + published.id() + "/links";
    }

    private String revokePath(ShareLink link) {
        return linksPath() + "/" + link.id() + "/revoke";
    }

    private WebSession signedIn(Organisation organisation, OrgRole role) throws Exception {
        WebSession session = new WebSession(mvc);
        session.signIn(fixtures.member(organisation, role).email(), Fixtures.PASSWORD);
        return session;
    }

    private static String mainContent(MockHttpServletResponse response) throws Exception {
        String page = response.getContentAsString();
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }
}
