package io.shinrai.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.apitoken.ApiTokens;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Uploads over the limit (1 MB in tests) are refused by the real server with 413 before anything is stored. */
@ShinraiTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UploadLimitTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;

    @Test
    void anOversizedUploadToTheApiIsAProblemDetailWith413() throws Exception {
        Organisation vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        String token = tokens.issue(vendor.id(), fixtures.member(vendor, OrgRole.ORG_ADMIN).id(), "CI",
                OrgRole.EDITOR, Duration.ofDays(1)).secret();
        String boundary = "shinrai-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sbom.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + "x".repeat(2 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                        .uri(URI.create("http://localhost:" + port + "/api/v1/organisations/" + vendor.id() + "/members"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("アップロードされたファイルが大きすぎます。");
    }
}
