package io.shinrai.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsafValidatorTest {

    private static String advisory() throws Exception {
        return Files.readString(CsafReaderTest.fixture("example-sa-2026-0007.json"));
    }

    private static List<String> problems(String document) {
        return CsafValidator.validate(document.getBytes(StandardCharsets.UTF_8)).stream()
                .map(CsafProblem::toString).toList();
    }

    @Test
    void aWellFormedAdvisoryPassesEveryCheck() throws Exception {
        assertThat(problems(advisory())).isEmpty();
    }

    @Test
    void productIdsMustBeDefinedOnceAndNotInACircle() throws Exception {
        String document = advisory()
                .replace("\"known_affected\": [\"DEEP-MERGE-VULNERABLE\"]", "\"known_affected\": [\"DEEP-MERGE\"]")
                .replace("\"product_id\": \"EMS-PACS-4.3.1\"", "\"product_id\": \"EMS-PACS-4.2.0\"")
                .replace("\"relates_to_product_reference\": \"EMS-PACS-4.2.0\"",
                        "\"relates_to_product_reference\": \"EMS-PACS-4.2.0:LOG4J\"");

        assertThat(problems(document)).contains(
                "/vulnerabilities/1/product_status/known_affected/0: 6.1.1 missing definition of product ID: "
                        + "DEEP-MERGE",
                "/product_tree/branches/0/branches/0/branches/1/product/product_id: 6.1.2 multiple definition of "
                        + "product ID: EMS-PACS-4.2.0",
                "/product_tree/relationships: 6.1.3 circular definition of product ID: EMS-PACS-4.2.0:LOG4J");
    }

    @Test
    void aProductCannotBeBothAffectedAndFixed() throws Exception {
        String document = advisory().replace("\"fixed\": [\"EMS-PACS-4.3.1\", \"EMS-PACS-4.3.1:LOG4J\"]",
                "\"fixed\": [\"EMS-PACS-4.2.0\"]");

        assertThat(problems(document)).containsExactly("/vulnerabilities/0/product_status/fixed: 6.1.6 "
                + "contradicting product status: EMS-PACS-4.2.0 (affected, fixed)");
    }

    @Test
    void cvssMustBeValidAndAgreeWithItsVector() throws Exception {
        assertThat(problems(advisory().replace("\"baseScore\": 10.0", "\"baseScore\": 11")))
                .containsExactly("/vulnerabilities/0/scores/0/cvss_v3: 6.1.8 invalid CVSS: "
                        + "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
        assertThat(problems(advisory().replace("\"baseScore\": 10.0,", "\"baseScore\": 10.0, "
                + "\"attackVector\": \"LOCAL\",").replace("\"CRITICAL\"", "\"HIGH\""))).containsExactly(
                "/vulnerabilities/0/scores/0/cvss_v3/attackVector: 6.1.10 inconsistent CVSS: LOCAL",
                "/vulnerabilities/0/scores/0/cvss_v3/baseSeverity: 6.1.9 invalid CVSS computation: HIGH");
        assertThat(problems(advisory().replace("\"CWE-502\"", "\"CWE502\""))).containsExactly(
                "/vulnerabilities/0/cwe: 6.1.11 CWE: CWE502");
    }

    @Test
    void theRevisionHistoryMustBeCompleteSortedAndEndAtTheDocumentVersion() throws Exception {
        String unsorted = advisory().replace("{\"number\": \"1\", \"date\": \"2026-03-02T09:00:00+09:00\"",
                "{\"number\": \"3\", \"date\": \"2026-03-02T09:00:00+09:00\"");

        assertThat(problems(unsorted)).containsExactly(
                "/document/tracking/revision_history/1/number: 6.1.14 sorted revision history: 2",
                "/document/tracking/revision_history: 6.1.21 missing item in revision history: starts at 2");
        assertThat(problems(advisory().replace("\"version\": \"2\"", "\"version\": \"1\""))).containsExactly(
                "/document/tracking/version: 6.1.16 latest document version: 1 (latest revision: 2)");
        assertThat(problems(advisory().replace("\"version\": \"2\"", "\"version\": \"2.0.0\"")))
                .contains("/document/tracking/revision_history/0/number: 6.1.30 mixed integer and semantic "
                        + "versioning: 1");
        assertThat(problems(advisory().replace("\"number\": \"1\"", "\"number\": \"0\"")
                .replace("\"number\": \"2\"", "\"number\": \"1\"").replace("\"version\": \"2\"",
                        "\"version\": \"1\""))).containsExactly("/document/tracking/revision_history/0/number: "
                + "6.1.18 released revision history: 0");
        assertThat(problems(advisory().replace("\"version\": \"2\"", "\"version\": \"0\"")
                .replace("\"number\": \"2\"", "\"number\": \"0\"").replace("\"number\": \"1\"",
                        "\"number\": \"0\""))).contains(
                "/document/tracking/status: 6.1.17 document status draft: final (version 0)",
                "/document/tracking/revision_history/1/number: 6.1.22 multiple definition in revision history: 0");
    }

    @Test
    void aVexDocumentNeedsImpactAndActionStatements() throws Exception {
        String vex = advisory().replace("csaf_security_advisory", "csaf_vex")
                .replace("\"threats\": [{\"category\": \"impact\"", "\"threats\": [{\"category\": \"exploit_status\"");

        assertThat(problems(vex)).containsExactly(
                "/vulnerabilities/0/product_status/known_affected: 6.1.27 profile tests: 6.1.27.10 no action "
                        + "statement for EMS-PACS-4.2.0:LOG4J",
                "/vulnerabilities/0/product_status/known_affected: 6.1.27 profile tests: 6.1.27.10 no action "
                        + "statement for EMS-VIEWER-1",
                "/vulnerabilities/1/product_status/known_not_affected: 6.1.27 profile tests: 6.1.27.9 no impact "
                        + "statement for EMS-PACS-4.3.1",
                "/vulnerabilities/1/product_status/known_affected: 6.1.27 profile tests: 6.1.27.10 no action "
                        + "statement for DEEP-MERGE-VULNERABLE");
    }

    @Test
    void whatIsNotJsonOrLacksTheRequiredStructureIsSaidInBothLanguages() {
        assertThat(CsafValidator.validate("{\"document\": {\"csaf_version\": \"2.0\"}}".getBytes(
                StandardCharsets.UTF_8))).extracting(problem -> problem.pointer())
                .contains("/document/category", "/document/title", "/document/publisher/name",
                        "/document/tracking/id", "/document/tracking/revision_history");
        assertThat(CsafValidator.validate("[1,".getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(problem -> assertThat(problem.message().ja()).contains("必須の構造"));
    }
}
