package io.shinrai.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class Spdx3ReaderTest {

    private static final String CONTEXT = "\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\"";
    private static final String CREATION = "{\"type\": \"CreationInfo\", \"@id\": \"_:c\", \"specVersion\": \"3.0.1\", "
            + "\"created\": \"2026-04-01T00:30:00Z\", \"createdBy\": [\"urn:agent:maker\"]}";

    /** The part of a ref both files share: SPDXRef-openssl in SPDX 2, ...#openssl in SPDX 3. */
    private static String local(String ref) {
        return ref.substring(Math.max(ref.indexOf('#'), ref.indexOf('-')) + 1);
    }

    @Test
    void anSpdx3FileReadsAsTheSameSbomInSpdx23Does() throws Exception {
        RecordedSbom spdx3 = RecordedSbom.resource("infusion-pump-3.0.1.spdx.json");
        RecordedSbom spdx2 = RecordedSbom.resource("infusion-pump-2.3.spdx.json");

        SbomDocument document = spdx3.document;
        assertThat(document.format()).isEqualTo(SbomFormat.SPDX_3_JSON_LD);
        assertThat(document.specVersion()).isEqualTo("3.0.1");
        assertThat(document.name()).isEqualTo(spdx2.document.name());
        assertThat(document.serialNumber()).isEqualTo(spdx2.document.serialNumber());
        assertThat(document.timestamp()).isEqualTo(OffsetDateTime.parse("2026-04-01T00:30:00Z"))
                .isEqualTo(spdx2.document.timestamp());
        assertThat(document.authors()).isEqualTo(spdx2.document.authors()).containsExactly("Shinrai Medical");
        assertThat(document.tools()).isEqualTo(spdx2.document.tools());
        assertThat(document.describes()).extracting(Spdx3ReaderTest::local).containsExactly("pump");
        assertThat(document.product().name()).isEqualTo("Infusion pump controller");
        assertThat(document.product().type()).isEqualTo("device");

        // licences are relationships to licence elements in SPDX 3 and are not read
        assertThat(spdx3.components).extracting(Component::name, Component::version, Component::supplier,
                        Component::purl, Component::cpe, Component::hashes, Component::type)
                .isEqualTo(spdx2.components.stream().map(component -> tuple(component.name(), component.version(),
                        component.supplier(), component.purl(), component.cpe(), component.hashes(),
                        component.type())).toList());
        assertThat(spdx3.relationships).extracting(Relationship::type, relationship -> local(relationship.to()))
                .containsExactlyInAnyOrderElementsOf(spdx2.relationships.stream().map(relationship -> tuple(
                        relationship.type(), local(relationship.to()))).toList());
        assertThat(spdx3.relationships).filteredOn(relationship -> relationship.type().equals("DESCRIBES"))
                .singleElement().extracting(Relationship::from).isEqualTo(document.serialNumber());
    }

    @Test
    void theValidUntilTimeIsTheEndOfSupportOnlyWhereTheSupportIsEnding() throws Exception {
        RecordedSbom spdx3 = RecordedSbom.resource("infusion-pump-3.0.1.spdx.json");

        assertThat(spdx3.named("openssl").supportLevel()).isEqualTo(SupportLevel.LIMITED_SUPPORT);
        assertThat(spdx3.named("openssl").endOfSupport()).isEqualTo(LocalDate.of(2026, 9, 7));
        // supported until further notice: the date says when to look again, not when support ends
        assertThat(spdx3.named("Infusion pump controller").supportLevel()).isEqualTo(SupportLevel.SUPPORT);
        assertThat(spdx3.named("Infusion pump controller").endOfSupport()).isNull();
        assertThat(spdx3.named("motor-firmware").supportLevel()).isNull();
    }

    @Test
    void theMinimumElementsAreCountedAsForSpdx2() throws Exception {
        MinimumElementsCheck check = new MinimumElementsCheck();
        try (var in = getClass().getResourceAsStream("/sbom/infusion-pump-3.0.1.spdx.json")) {
            SbomFile.read(in, check);
        }

        MinimumElementsReport report = check.report();
        assertThat(report.components()).isEqualTo(3);
        assertThat(report.componentElements()).filteredOn(coverage -> coverage.element() == MinimumElement.SUPPLIER)
                .singleElement().satisfies(supplier -> assertThat(supplier.missingExamples())
                        .extracting(Spdx3ReaderTest::local).containsExactly("firmware"));
        assertThat(report.documentElements()).allSatisfy(element -> assertThat(element.present()).isTrue());
    }

    @Test
    void agentsAndCreationInformationMayBeWrittenInPlaceOrNotAtAll() throws Exception {
        RecordedSbom read = read(CONTEXT + ", \"@graph\": [{\"type\": \"SpdxDocument\", \"spdxId\": \"urn:doc\", "
                + "\"creationInfo\": {\"type\": \"CreationInfo\", \"specVersion\": \"3.0.0\", "
                + "\"created\": \"2026-05-01T09:00:00+09:00\", \"createdBy\": [{\"type\": \"Person\", "
                + "\"spdxId\": \"urn:person:sato\", \"name\": \"佐藤\"}]}, \"rootElement\": [\"urn:viewer\"]}, "
                + "{\"type\": \"software_Package\", \"spdxId\": \"urn:viewer\", \"name\": \"viewer\", "
                + "\"software_primaryPurpose\": \"operatingSystem\", "
                + "\"suppliedBy\": {\"type\": \"Organization\", \"name\": \"Imaging KK\"}}, "
                + "{\"type\": \"software_Package\", \"spdxId\": \"urn:codec\", \"name\": \"codec\", "
                + "\"suppliedBy\": \"urn:agent:elsewhere\"}]");

        assertThat(read.document.authors()).containsExactly("佐藤");
        assertThat(read.document.describes()).containsExactly("urn:viewer");
        assertThat(read.document.product().name()).isEqualTo("viewer");
        assertThat(read.components).extracting(Component::name, Component::supplier, Component::type)
                .containsExactly(tuple("viewer", "Imaging KK", "operating-system"),
                        tuple("codec", "urn:agent:elsewhere", null));
    }

    @Test
    void relationshipTargetsBeforeTheirSourceAreKeptUntilItIsRead() throws Exception {
        RecordedSbom read = read(CONTEXT + ", \"@graph\": [" + CREATION + ", {\"to\": [\"urn:b\", \"urn:c\"], "
                + "\"type\": \"Relationship\", \"relationshipType\": \"dependsOn\", \"from\": \"urn:a\"}]");

        assertThat(read.relationships).containsExactly(new Relationship("urn:a", "DEPENDS_ON", "urn:b"),
                new Relationship("urn:a", "DEPENDS_ON", "urn:c"));
    }

    @Test
    void hostileOrWrongInputIsRefusedWithEveryProblemPlaced() {
        assertThat(problems(CONTEXT + ", \"@graph\": {\"type\": \"software_Package\"}")).containsExactly(
                new SbomProblem(new ProblemPlace.JsonPointer("/@graph"), SbomProblem.Kind.WRONG_TYPE, "list"),
                new SbomProblem(new ProblemPlace.JsonPointer(""), SbomProblem.Kind.MISSING, "CreationInfo"));
        assertThat(problems(CONTEXT + ", \"@graph\": [" + CREATION + ", {\"type\": \"software_Package\", "
                + "\"spdxId\": \"urn:p\", \"name\": 42, \"verifiedUsing\": [{\"type\": \"Hash\", "
                + "\"algorithm\": \"crc32\", \"hashValue\": \"00\"}]}, {\"type\": \"Relationship\", "
                + "\"relationshipType\": \"contains\", \"to\": \"urn:p\"}]")).containsExactly(
                new SbomProblem(new ProblemPlace.JsonPointer("/@graph/1/name"), SbomProblem.Kind.WRONG_TYPE, "text"),
                new SbomProblem(new ProblemPlace.JsonPointer("/@graph/1/verifiedUsing/0"),
                        SbomProblem.Kind.INVALID_VALUE, "crc32"),
                new SbomProblem(new ProblemPlace.JsonPointer("/@graph/1"), SbomProblem.Kind.MISSING, "name"),
                new SbomProblem(new ProblemPlace.JsonPointer("/@graph/2/to"), SbomProblem.Kind.WRONG_TYPE, "list"),
                new SbomProblem(new ProblemPlace.JsonPointer("/@graph/2"), SbomProblem.Kind.MISSING, "from"));
        assertThat(problems(CONTEXT + ", \"@graph\": [" + CREATION.replace("3.0.1", "3.1") + "]"))
                .containsExactly(new SbomProblem(new ProblemPlace.JsonPointer("/@graph/0/specVersion"),
                        SbomProblem.Kind.UNSUPPORTED_VERSION, "SPDX 3.1"));
        assertThat(problems(CONTEXT + ", \"@graph\": [" + "[".repeat(5000) + "]".repeat(5000) + "]"))
                .extracting(SbomProblem::kind).endsWith(SbomProblem.Kind.TOO_LARGE);
        assertThat(problems(CONTEXT + ", \"@graph\": [" + CREATION + ", {\"type\": \"software_Package\", "
                + "\"spdxId\": \"urn:p\", \"name\": \"" + "x".repeat(JsonCursor.MAX_KEPT_TEXT + 1) + "\"}]"))
                .extracting(SbomProblem::kind, SbomProblem::place).containsExactly(
                        tuple(SbomProblem.Kind.TOO_LARGE, new ProblemPlace.JsonPointer("/@graph/1/name")),
                        tuple(SbomProblem.Kind.MISSING, new ProblemPlace.JsonPointer("/@graph/1")));
    }

    @Test
    void aFileOfAnotherSpdx3VersionIsNamedByItsVersion() {
        List<SbomProblem> refused = problems("\"@context\": [\"https://spdx.org/rdf/3.1/spdx-context.jsonld\"], "
                + "\"@graph\": []");

        assertThat(refused).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(SbomProblem.Kind.UNSUPPORTED_VERSION);
            assertThat(problem.message().ja()).contains("SPDX 3.1", "SPDX 2.2/2.3/3.0 に対応");
        });
    }

    private static RecordedSbom read(String body) throws Exception {
        return RecordedSbom.of(new ByteArrayInputStream(("{" + body + "}").getBytes(StandardCharsets.UTF_8)));
    }

    private static List<SbomProblem> problems(String body) {
        InvalidSbomException refused = catchThrowableOfType(InvalidSbomException.class, () -> read(body));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems();
    }
}
