package io.shinrai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SbomCommandTest {

    private static final String COMPLETE = """
            {"bomFormat": "CycloneDX", "specVersion": "1.6",
             "metadata": {"timestamp": "2026-04-01T00:00:00Z", "authors": [{"name": "PSIRT"}],
               "component": {"type": "device", "name": "pump", "version": "4.2.0"}},
             "components": [{"type": "library", "bom-ref": "z", "name": "zlib", "version": "1.3.1",
               "supplier": {"name": "zlib project"}, "purl": "pkg:generic/zlib@1.3.1"}],
             "dependencies": [{"ref": "pump", "dependsOn": ["z"]}]}
            """;
    private static final String LACKING = """
            SPDXVersion: SPDX-2.3
            SPDXID: SPDXRef-DOCUMENT
            DocumentName: pump
            DocumentNamespace: https://example.jp/pump
            Creator: Tool: builder
            Created: 2026-04-01T00:00:00Z
            PackageName: motor-firmware
            SPDXID: SPDXRef-firmware
            PackageDownloadLocation: NONE
            """;

    @TempDir
    Path dir;
    private final CommandRun run = new CommandRun();

    @Test
    void printsTheFormatTheComponentsAndTheMinimumElements() throws Exception {
        Path complete = Files.writeString(dir.resolve("complete.json"), COMPLETE);
        Path lacking = Files.writeString(dir.resolve("lacking.spdx"), LACKING);

        assertThat(run.shinrai("sbom", "check", complete.toString(), lacking.toString())).as(run.err()).isZero();
        assertThat(run.out()).contains(complete + ": CycloneDX JSON 1.6, 1 component(s)")
                .contains("product: pump@4.2.0").contains("NTIA minimum elements: all present")
                .contains(lacking + ": SPDX tag-value SPDX-2.3, 1 component(s)")
                .containsPattern("Supplier name\\s+0 of 1; lacking in 1, among them:\\R\\s+SPDXRef-firmware\\R")
                .containsPattern("Dependency relationship\\s+no")
                .containsPattern("Author of SBOM data\\s+yes \\(Tool: builder\\)");
    }

    @Test
    void anSpdx3FileIsCheckedLikeTheOthers() throws Exception {
        Path spdx3;
        try (var in = getClass().getResourceAsStream("/sbom/infusion-pump-3.0.1.spdx.json")) {
            spdx3 = dir.resolve("pump.spdx3.json");
            Files.write(spdx3, in.readAllBytes());
        }

        assertThat(run.shinrai("sbom", "check", spdx3.toString())).as(run.err()).isZero();
        assertThat(run.out()).contains(spdx3 + ": SPDX 3 JSON-LD 3.0.1, 3 component(s)")
                .contains("product: Infusion pump controller@4.2.0")
                .containsPattern("Author of SBOM data\\s+yes \\(Shinrai Medical, Tool: sbom-builder-2.1\\)");
    }

    @Test
    void aLackingElementFailsOnlyWhenRequired() throws Exception {
        Path lacking = Files.writeString(dir.resolve("lacking.spdx"), LACKING);

        assertThat(run.shinrai("sbom", "check", "--require-minimum-elements", lacking.toString()))
                .isEqualTo(DisclosureCommand.FINDINGS);
    }

    @Test
    void anInvalidFileListsItsProblemsAndExitsWithTwo() throws Exception {
        Path complete = Files.writeString(dir.resolve("complete.json"), COMPLETE);
        Path invalid = Files.writeString(dir.resolve("invalid.json"),
                "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [{\"type\": \"library\"}]}");

        assertThat(run.shinrai("sbom", "check", invalid.toString(), complete.toString()))
                .isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.out()).contains(invalid + ": cannot be imported, 1 problem(s)")
                .contains("  /components/0: the required field \"name\" is missing.")
                .contains(complete + ": CycloneDX JSON 1.6");
    }

    @Test
    void jsonGivesTheSameForMachines() throws Exception {
        Path complete = Files.writeString(dir.resolve("complete.json"), COMPLETE);
        Path invalid = Files.writeString(dir.resolve("invalid.xml"), "<!DOCTYPE bom><bom/>");

        assertThat(run.shinrai("sbom", "check", "--json", complete.toString(), invalid.toString()))
                .isEqualTo(DisclosureCommand.UNUSABLE);
        JsonNode results = JsonMapper.builder().build().readTree(run.out());
        assertThat(results).hasSize(2);
        JsonNode first = results.get(0);
        assertThat(first.get("valid").asBoolean()).isTrue();
        assertThat(first.get("format").asString()).isEqualTo("cyclonedx_json");
        assertThat(first.get("components").asLong()).isEqualTo(1);
        assertThat(first.at("/minimumElements/complete").asBoolean()).isTrue();
        assertThat(first.at("/minimumElements/components/0/element").asString()).isEqualTo("supplier");
        JsonNode second = results.get(1);
        assertThat(second.get("valid").asBoolean()).isFalse();
        assertThat(second.at("/problems/0/kind").asString()).isEqualTo("doctype");
        assertThat(second.at("/problems/0/messageJa").asString()).contains("DTD");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThat(run.shinrai("sbom", "check", dir.resolve("absent.json").toString()))
                .isEqualTo(DisclosureCommand.UNUSABLE);
        assertThat(run.err()).contains("absent.json: cannot be read");
    }
}
