package io.shinrai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.HttpVisitor;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A share link opened by a browser on the running server: what it receives, headers and error page included. */
@ShinraiTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ShareLinkVisitTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ShareLinks links;

    @Test
    void neitherTheDisclosureNorTheUnusableLinkPageIsCachedOrPassedOnAsReferrer() throws Exception {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        StoredDisclosure published = fixtures.publishedDisclosure(vendor, "SMX 画像サーバ", "3.2");
        String url = links.create(vendor.id(), published.id(), "山田病院 医療情報部", 30,
                fixtures.member(vendor, OrgRole.REVIEWER).id()).url();
        HttpVisitor visitor = new HttpVisitor(port);

        HttpResponse<String> page = visitor.get(url.substring(url.indexOf("/s/")));
        HttpResponse<String> unknown = visitor.get("/s/no-such-link");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("SMX 画像サーバ").contains(vendor.name());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("このリンクは無効か、有効期限が切れています。")
                .doesNotContainIgnoringCase("exception");
        for (HttpResponse<String> response : List.of(page, unknown)) {
            assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
            assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
        }
    }
}
