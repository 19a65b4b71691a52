package io.shinrai.server.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.apitoken.ApiTokens;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input through the API: field errors, conflicts and unknown objects, and nothing saved by half. */
@ShinraiTest
@AutoConfigureMockMvc
class MemberApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Memberships memberships;

    Organisation hospital;
    UserAccount admin;
    String token;

    @BeforeEach
    void hospitalWithOneAdmin() {
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        admin = fixtures.member(hospital, OrgRole.ORG_ADMIN);
        token = tokens.issue(hospital.id(), admin.id(), "admin tool", OrgRole.ORG_ADMIN, Duration.ofDays(1)).secret();
    }

    @Test
    void aMalformedInvitationGetsFieldErrorsInJapanese() throws Exception {
        MockHttpServletResponse response = send(post("/api/v1/organisations/" + hospital.id() + "/invitations"),
                "{\"email\":\"not an email\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString())
                .contains("\"email\":\"メールアドレスの形式で入力してください。\"")
                .contains("\"role\":\"入力してください。\"");
        assertThat(memberships.members(hospital.id())).hasSize(1);
    }

    @Test
    void unreadableJsonIsABadRequest() throws Exception {
        assertThat(send(post("/api/v1/organisations/" + hospital.id() + "/invitations"), "{\"email\":")
                .getStatus()).isEqualTo(400);
    }

    @Test
    void theLastAdminCannotBeDemoted() throws Exception {
        MockHttpServletResponse response = send(put("/api/v1/organisations/" + hospital.id() + "/members/" + admin.id()),
                "{\"role\":\"VIEWER\"}");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("組織管理者が一人もいなくなる");
        assertThat(memberships.member(hospital.id(), admin.id()).role()).isEqualTo(OrgRole.ORG_ADMIN);
    }

    @Test
    void anUnknownMemberIsNotFound() throws Exception {
        assertThat(send(put("/api/v1/organisations/" + hospital.id() + "/members/" + UUID.randomUUID()),
                "{\"role\":\"VIEWER\"}").getStatus()).isEqualTo(404);
    }

    @Test
    void aMemberOfAnotherOrganisationIsNotFoundEither() throws Exception {
        Organisation other = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount stranger = fixtures.member(other, OrgRole.VIEWER);

        assertThat(send(put("/api/v1/organisations/" + hospital.id() + "/members/" + stranger.id()),
                "{\"role\":\"EDITOR\"}").getStatus()).isEqualTo(404);
        assertThat(memberships.member(other.id(), stranger.id()).role()).isEqualTo(OrgRole.VIEWER);
    }

    @Test
    void anInvitationLinkIsReturnedOnce() throws Exception {
        MockHttpServletResponse response = send(post("/api/v1/organisations/" + hospital.id() + "/invitations"),
                "{\"email\":\"New.Nurse@Example.test\",\"role\":\"REVIEWER\"}");

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).contains("\"email\":\"new.nurse@example.test\"")
                .contains("/invitations/");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }
}
