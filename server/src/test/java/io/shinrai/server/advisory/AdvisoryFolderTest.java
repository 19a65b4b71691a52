package io.shinrai.server.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.account.UserAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** An offline installation gets its advisory data from a folder on the server, which the platform admin imports. */
@ShinraiTest
@AutoConfigureMockMvc
class AdvisoryFolderTest {

    private static final Path FOLDER = folder();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @DynamicPropertySource
    static void theServersAdvisoryFolder(DynamicPropertyRegistry registry) {
        registry.add("shinrai.advisories.folder", FOLDER::toString);
    }

    @Test
    void everyArchiveAndFileOfTheFolderIsASourceOfItsOwn() throws Exception {
        String prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Files.createDirectories(FOLDER.resolve("osv"));
        Files.write(FOLDER.resolve("osv/maven.zip"), AdvisoryImportTest.zip(
                osv("jackson-databind.osv.json", prefix), osv("log4j.osv.json", prefix)));
        Files.createDirectories(FOLDER.resolve("nvd"));
        Files.copy(AdvisoryBodyTest.resource("openjpeg.nvd.json"), FOLDER.resolve("nvd/recent.json"));
        UserAccount account = fixtures.platformAdmin();
        byte[] secret = fixtures.enrolTotp(account);
        WebSession admin = new WebSession(mvc);
        admin.signIn(account.email(), Fixtures.PASSWORD);
        admin.post("/login/two-factor", "code", fixtures.currentCode(secret));

        String page = admin.submit("/platform/advisories/folder").getContentAsString();

        assertThat(page).contains("フォルダの 2 件を取り込みました").contains("OSV maven").contains("NVD recent")
                .contains("maven.zip").contains("recent.json");
    }

    private static byte[] osv(String name, String prefix) throws Exception {
        return Files.readString(AdvisoryBodyTest.resource(name)).replace("TEST-2026-", prefix)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("advisory-folder");
        } catch (IOException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }
}
