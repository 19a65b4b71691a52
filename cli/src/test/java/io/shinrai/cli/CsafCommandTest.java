package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsafCommandTest {

    private static final String VEX = """
            {"document": {"category": "csaf_vex", "csaf_version": "2.0", "title": "ImageLink PACS: VEX",
              "publisher": {"category": "vendor", "name": "Example Medical Systems",
                "namespace": "https://psirt.example-medical.jp"},
              "tracking": {"id": "EMS-VEX-2026-0003", "status": "final", "version": "2",
                "initial_release_date": "2026-03-02T00:00:00Z", "current_release_date": "2026-03-02T00:00:00Z",
                "revision_history": [{"number": "1", "date": "2026-03-02T00:00:00Z", "summary": "Initial."}]}},
             "product_tree": {"full_product_names": [{"name": "ImageLink PACS 4.2.0", "product_id": "PACS-420"}]},
             "vulnerabilities": [{"cve": "CVE-2021-44228",
               "notes": [{"category": "description", "text": "JNDI lookups."}],
               "product_status": {"known_not_affected": ["PACS-420"]},
               "flags": [{"label": "vulnerable_code_not_in_execute_path", "product_ids": ["PACS-420"]}]}]}
            """;

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();

    @Test
    void namesEachMandatoryTestADocumentFails() throws Exception {
        Path valid = Files.writeString(dir.resolve("valid.json"), VEX.replace("\"version\": \"2\"",
                "\"version\": \"1\""));
        Path stale = Files.writeString(dir.resolve("stale.json"), VEX);

        assertThat(run.shinrai("csaf", "validate", valid.toString(), stale.toString()))
                .isEqualTo(DisclosureCommand.FINDINGS);
        assertThat(run.out()).contains(valid + ": valid").contains(stale + ": 1 problem(s)")
                .containsAnyOf("6.1.16 latest document version: 2 (latest revision: 1)", "6.1.16 最新の文書バージョン");
    }
}
