package io.shinrai.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files that cannot be imported are refused with every problem placed and said in Japanese and English. */
class InvalidSbomTest {

    private static List<SbomProblem> problemsOf(String content) {
        InvalidSbomException refused = catchThrowableOfType(InvalidSbomException.class,
                () -> RecordedSbom.of(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }

    @Test
    void everyProblemOfACycloneDxComponentIsPlacedByItsJsonPointer() {
        List<SbomProblem> problems = problemsOf("""
                {"bomFormat": "CycloneDX", "specVersion": "1.4", "serialNumber": "not-a-uuid",
                 "metadata": {"timestamp": "yesterday"},
                 "components": [
                   {"type": "library", "name": "fine"},
                   {"type": "gadget", "version": "1"},
                   {"type": "library", "name": "hashed", "hashes": [{"alg": "SHA-256", "content": "xyz"}]},
                   {"type": "library", "name": 42}
                 ]}
                """);

        assertThat(problems).containsExactly(
                new SbomProblem(new ProblemPlace.JsonPointer("/serialNumber"), SbomProblem.Kind.INVALID_VALUE,
                        "not-a-uuid"),
                new SbomProblem(new ProblemPlace.JsonPointer("/metadata/timestamp"),
                        SbomProblem.Kind.INVALID_VALUE, "yesterday"),
                new SbomProblem(new ProblemPlace.JsonPointer("/components/1/type"), SbomProblem.Kind.INVALID_VALUE,
                        "gadget"),
                new SbomProblem(new ProblemPlace.JsonPointer("/components/1"), SbomProblem.Kind.MISSING, "name"),
                new SbomProblem(new ProblemPlace.JsonPointer("/components/2/hashes/0"),
                        SbomProblem.Kind.INVALID_VALUE, "xyz"),
                new SbomProblem(new ProblemPlace.JsonPointer("/components/3/name"), SbomProblem.Kind.WRONG_TYPE,
                        "text"),
                new SbomProblem(new ProblemPlace.JsonPointer("/components/3"), SbomProblem.Kind.MISSING, "name"));
        assertThat(problems.get(3).message().ja()).isEqualTo("/components/1: 必須の項目「name」がありません。");
        assertThat(problems.get(3).message().en())
                .isEqualTo("/components/1: the required field \"name\" is missing.");
    }

    @Test
    void brokenJsonIsPlacedByLineAndColumnWithoutAStackTrace() {
        List<SbomProblem> problems = problemsOf("{\"bomFormat\": \"CycloneDX\",\n \"specVersion\": \"1.5\",\n"
                + " \"components\": [{\"type\": \"library\", \"name\": \"cut\"");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).kind()).isEqualTo(SbomProblem.Kind.SYNTAX);
        assertThat(problems.get(0).place()).isInstanceOf(ProblemPlace.Line.class);
        assertThat(((ProblemPlace.Line) problems.get(0).place()).line()).isEqualTo(3);
        assertThat(problems.get(0).message().ja()).startsWith("3行目").contains("書式が正しくありません")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void versionsOutsideTheSupportedOnesAreNamed() {
        assertThat(problemsOf("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.1\", \"components\": []}"))
                .containsExactly(new SbomProblem(new ProblemPlace.JsonPointer("/specVersion"),
                        SbomProblem.Kind.UNSUPPORTED_VERSION, "1.1"));
        assertThat(problemsOf("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.0\"/>"))
                .extracting(SbomProblem::kind, SbomProblem::detail)
                .containsExactly(tuple(SbomProblem.Kind.UNSUPPORTED_VERSION, "1.0"));
        assertThat(problemsOf("{\"spdxVersion\": \"SPDX-2.1\"}")).extracting(SbomProblem::kind)
                .containsExactly(SbomProblem.Kind.UNSUPPORTED_VERSION);
        assertThat(problemsOf("{\"@context\": \"https://spdx.org/rdf/3.1/spdx-context.jsonld\", \"@graph\": []}"))
                .containsExactly(new SbomProblem(new ProblemPlace.JsonPointer("/@context"),
                        SbomProblem.Kind.UNSUPPORTED_VERSION, "SPDX 3.1"));
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedBeforeAnyEntityIsRead() {
        List<SbomProblem> problems = problemsOf("""
                <?xml version="1.0"?>
                <!DOCTYPE bom [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components><component type="library">
                <name>&secret;</name></component></components></bom>
                """);

        assertThat(problems).extracting(SbomProblem::kind).containsExactly(SbomProblem.Kind.DOCTYPE);
        assertThat(problems.get(0).message().en()).doesNotContain("root:");
    }

    @Test
    void nestingBeyondTheLimitIsRefusedInJsonAndXml() {
        String deepJson = "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"x\": "
                + "[".repeat(1000) + "]".repeat(1000) + "}";
        String deepXml = "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\">" + "<a>".repeat(1000)
                + "</a>".repeat(1000) + "</bom>";

        assertThat(problemsOf(deepJson)).extracting(SbomProblem::kind).containsExactly(SbomProblem.Kind.TOO_LARGE);
        assertThat(problemsOf(deepXml)).extracting(SbomProblem::kind).containsExactly(SbomProblem.Kind.TOO_LARGE);
    }

    @Test
    void aNameLongerThanAnyKeptTextIsAProblemButALongDescriptionIsNot() {
        String description = "d".repeat(100_000);
        String name = "n".repeat(JsonCursor.MAX_KEPT_TEXT + 1);
        List<SbomProblem> problems = problemsOf("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\","
                + " \"components\": [{\"type\": \"library\", \"name\": \"" + name + "\", \"description\": \""
                + description + "\"}]}");

        assertThat(problems).extracting(SbomProblem::place, SbomProblem::kind).containsExactly(
                tuple(new ProblemPlace.JsonPointer("/components/0/name"), SbomProblem.Kind.TOO_LARGE),
                tuple(new ProblemPlace.JsonPointer("/components/0"), SbomProblem.Kind.MISSING));
    }

    @Test
    void theHundredthProblemEndsTheRead() {
        String components = String.join(",", Collections.nCopies(500, "{\"type\": \"library\"}"));
        List<SbomProblem> problems = problemsOf("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\","
                + " \"components\": [" + components + "]}");

        assertThat(problems).hasSize(Problems.LIMIT + 1);
        assertThat(problems.get(Problems.LIMIT).kind()).isEqualTo(SbomProblem.Kind.TOO_MANY_PROBLEMS);
    }

    @Test
    void spdxRequiredFieldsAreChecked() {
        List<SbomProblem> problems = problemsOf("""
                {"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT",
                 "packages": [{"name": "no-id", "downloadLocation": "NONE",
                   "checksums": [{"algorithm": "CRC32", "checksumValue": "1234abcd"}]}]}
                """);

        assertThat(problems).extracting(SbomProblem::place, SbomProblem::kind, SbomProblem::detail)
                .containsExactly(
                        tuple(new ProblemPlace.JsonPointer("/packages/0/checksums/0"),
                                SbomProblem.Kind.INVALID_VALUE, "CRC32"),
                        tuple(new ProblemPlace.JsonPointer("/packages/0"), SbomProblem.Kind.MISSING, "SPDXID"),
                        tuple(new ProblemPlace.JsonPointer(""), SbomProblem.Kind.MISSING, "name"),
                        tuple(new ProblemPlace.JsonPointer(""), SbomProblem.Kind.MISSING, "documentNamespace"),
                        tuple(new ProblemPlace.JsonPointer(""), SbomProblem.Kind.MISSING, "creationInfo"));
    }

    @Test
    void tagValueProblemsArePlacedByLine() {
        List<SbomProblem> problems = problemsOf("""
                SPDXVersion: SPDX-2.3
                SPDXID: SPDXRef-DOCUMENT
                DocumentName: broken
                DocumentNamespace: https://example.jp/broken
                Creator: Robot: R2
                Created: 2026-04-01T00:30:00Z
                this line is not a tag
                PackageName: zlib
                PackageDownloadLocation: NONE
                PackageComment: <text>never closed
                """);

        assertThat(problems).extracting(SbomProblem::place, SbomProblem::kind).containsExactly(
                tuple(new ProblemPlace.Line(5, 0), SbomProblem.Kind.INVALID_VALUE),
                tuple(new ProblemPlace.Line(7, 0), SbomProblem.Kind.SYNTAX),
                tuple(new ProblemPlace.Line(10, 0), SbomProblem.Kind.SYNTAX));
        assertThat(problems.get(1).message().ja()).isEqualTo(
                "7行目: 書式が正しくありません: a line of the form \"Tag: value\" is expected");
    }

    @Test
    void somethingElseIsNotRecognised() {
        assertThat(problemsOf("name,version\nopenssl,3.0.13\n")).extracting(SbomProblem::kind)
                .containsExactly(SbomProblem.Kind.UNRECOGNISED);
        assertThat(problemsOf("{\"hello\": \"world\"}")).extracting(SbomProblem::kind)
                .containsExactly(SbomProblem.Kind.UNRECOGNISED);
        assertThat(problemsOf("<html><body/></html>")).extracting(SbomProblem::kind)
                .containsExactly(SbomProblem.Kind.UNRECOGNISED);
    }
}
