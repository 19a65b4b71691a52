package io.shinrai.server.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.shinrai.server.Fixtures;
import io.shinrai.server.MovableClock;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ShinraiTest
@AutoConfigureMockMvc
class ApiTokenTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenActsInItsOwnOrganisationWithItsOwnRole() throws Exception {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        UserAccount admin = fixtures.member(vendor, OrgRole.ORG_ADMIN);
        String secret = tokens.issue(vendor.id(), admin.id(), "CI upload", OrgRole.EDITOR, Duration.ofDays(30)).secret();

        MockHttpServletResponse me = call(get("/api/v1/me"), secret);
        assertThat(me.getStatus()).isEqualTo(200);
        assertThat(me.getContentAsString()).contains(vendor.id().toString()).contains("\"tokenRole\":\"EDITOR\"");
        assertThat(call(get("/api/v1/organisations/" + vendor.id() + "/members"), secret).getStatus()).isEqualTo(200);

        MockHttpServletResponse promotion = call(put("/api/v1/organisations/" + vendor.id() + "/members/" + admin.id())
                .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"VIEWER\"}"), secret);
        assertThat(promotion.getStatus()).as("an editor token cannot change roles").isEqualTo(403);
    }

    @Test
    void revokedAndExpiredTokensAreRefusedWithAProblemDetail() throws Exception {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        UserAccount admin = fixtures.member(vendor, OrgRole.ORG_ADMIN);
        ApiTokens.Issued revoked = tokens.issue(vendor.id(), admin.id(), "old", OrgRole.VIEWER, Duration.ofDays(30));
        String expiring = tokens.issue(vendor.id(), admin.id(), "short", OrgRole.VIEWER, Duration.ofDays(1)).secret();
        tokens.revoke(vendor.id(), revoked.token().id());
        clock.advance(Duration.ofDays(2));

        for (String secret : new String[] {revoked.secret(), expiring, "shr_made-up"}) {
            MockHttpServletResponse response = call(get("/api/v1/me"), secret);
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getContentAsString()).contains("APIトークンが無効です");
        }
        MockHttpServletResponse english = call(get("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.8"),
                "shr_made-up");
        assertThat(english.getContentAsString()).as("a script asking for English").contains("API token");
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        UserAccount admin = fixtures.member(vendor, OrgRole.ORG_ADMIN);
        String secret = tokens.issue(vendor.id(), admin.id(), "CI", OrgRole.EDITOR, Duration.ofDays(1)).secret();

        long containingSecret = jdbc.sql("select count(*) from api_token where token_hash = :secret or name = :secret")
                .param("secret", secret).query(Long.class).single();
        assertThat(containingSecret).isZero();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String secret) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }
}
