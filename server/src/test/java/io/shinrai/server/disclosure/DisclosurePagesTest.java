package io.shinrai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** A vendor answers the MHLW vendor checklist section by section, publishes it, and starts the next revision. */
@ShinraiTest
@AutoConfigureMockMvc
class DisclosurePagesTest {

    private static final Pattern ITEM_REF = Pattern.compile("name=\"answer:([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Disclosures disclosures;

    Organisation vendor;
    WebSession editor;

    @BeforeEach
    void vendorWithAnEditor() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        UserAccount quality = fixtures.member(vendor, OrgRole.EDITOR);
        editor = new WebSession(mvc);
        editor.signIn(quality.email(), Fixtures.PASSWORD);
    }

    @Test
    void answersAreSavedPerSectionAndProgressFollows() throws Exception {
        assertThat(text(start())).contains("0/1");

        MockHttpServletResponse saved = editor.post(draftPath() + "/sections/governance",
                "answer:1-①", "NO", "remarks:1-①", "責任者は来期に任命予定");

        assertThat(saved.getRedirectedUrl()).endsWith("?section=governance");
        String again = text(editor.get(draftPath() + "?section=governance").getContentAsString());
        assertThat(again).contains("責任者は来期に任命予定").contains("1/1");
    }

    @Test
    void htmxAutosaveAnswersWithTheProgressOnly() throws Exception {
        start();

        String fragment = editor.postFragment(draftPath() + "/sections/governance", "answer:1-①", "YES",
                "remarks:1-①", "").getContentAsString();

        assertThat(fragment).startsWith("<div id=\"progress\"").contains("1/1").doesNotContain("<html");
    }

    @Test
    void anIncompleteDraftIsNotPublishedAndACompleteOneIsFrozen() throws Exception {
        start();
        editor.post(draftPath() + "/publish");
        assertThat(text(editor.get(draftPath()).getContentAsString()))
                .contains("未完了の項目があるため公開できません").contains("未回答です。").contains("下書き");

        answerEverything();
        editor.post(draftPath() + "/publish");
        String published = text(editor.get(draftPath()).getContentAsString());
        assertThat(published).contains("公開しました。").contains("公開済み").doesNotContain("未回答です。");

        MockHttpServletResponse late = editor.post(draftPath() + "/sections/governance", "answer:1-①", "NO",
                "remarks:1-①", "後から変更");
        assertThat(late.getStatus()).isEqualTo(409);
    }

    @Test
    void aNewRevisionStartsFromThePublishedAnswers() throws Exception {
        start();
        answerEverything();
        editor.post(draftPath() + "/publish");

        String next = editor.post(draftPath() + "/revise").getRedirectedUrl();

        String revision2 = text(editor.get(next).getContentAsString());
        assertThat(revision2).contains("第2版").contains("下書き").doesNotContain("未回答です。");
    }

    @Test
    void theDifferencesBetweenRevisionsAreShownItemByItem() throws Exception {
        start();
        answerEverything();
        String first = draftPath();
        editor.post(first + "/publish");
        String second = editor.post(first + "/revise").getRedirectedUrl();
        editor.post(second + "/sections/governance", "answer:1-①", "NO", "remarks:1-①", "担当者が退職したため再任命中");

        UUID firstId = UUID.fromString(first.substring(first.lastIndexOf('/') + 1));
        String diff = text(editor.get(second + "/diff?with=" + firstId).getContentAsString());

        assertThat(diff).contains("1-①").contains("はい").contains("いいえ 備考: 担当者が退職したため再任命中");
    }

    @Test
    void lifecycleAndControlCataloguesAreNotOfferedForANewDisclosure() throws Exception {
        String page = editor.get("/orgs/" + vendor.id() + "/disclosures").getContentAsString();

        assertThat(page).contains("value=\"jahis-mds@5.0\"").doesNotContain("iec-81001-5-1@2021")
                .doesNotContain("iso-27799@2016");
        assertThat(editor.post("/orgs/" + vendor.id() + "/disclosures", "catalogue", "iec-81001-5-1@2021",
                "product", "SMX 画像サーバ", "productVersion", "3.2").getStatus()).isEqualTo(404);
        assertThat(disclosures.of(vendor.id())).isEmpty();
    }

    private String start() throws Exception {
        String location = editor.post("/orgs/" + vendor.id() + "/disclosures", "catalogue",
                "mhlw-vendor-checklist@2025", "product", "SMX 画像サーバ", "productVersion", "3.2").getRedirectedUrl();
        return editor.get(location).getContentAsString();
    }

    private String draftPath() {
        return "/orgs/" + vendor.id() + "/disclosures/" + disclosures.of(vendor.id()).get(0).id();
    }

    private void answerEverything() throws Exception {
        StoredDisclosure stored = disclosures.of(vendor.id()).get(0);
        for (var section : disclosures.catalogueOf(stored).sections()) {
            String page = editor.get(draftPath() + "?section=" + section.id()).getContentAsString();
            List<String> form = new ArrayList<>();
            Matcher ref = ITEM_REF.matcher(page);
            while (ref.find()) {
                String item = HtmlUtils.htmlUnescape(ref.group(1));
                form.addAll(List.of("answer:" + item, "YES", "remarks:" + item, ""));
            }
            editor.post(draftPath() + "/sections/" + section.id(), form.toArray(String[]::new));
        }
    }

    private static String text(String page) {
        return HtmlUtils.htmlUnescape(page.replaceAll("<[^>]+>", ""));
    }
}
