package io.shinrai.disclosure.excel;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.testing.Openpyxl;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Done when an MDS2 2019 workbook written in NEMA's layout by another tool imports with every answer and note: the
 * test tells write_mds2.py (openpyxl) what to write — every question, answers spelled the many ways people type
 * them — and checks that the import holds exactly that. Needs python3 with openpyxl (Debian: python3-openpyxl).
 */
class Mds2ThirdPartyWorkbookTest {

    /** What people type into column C, and what it means. */
    private static final List<Map.Entry<String, Answer>> SPELLINGS = List.of(
            Map.entry("Yes", Answer.YES), Map.entry("No", Answer.NO), Map.entry("N/A", Answer.NOT_APPLICABLE),
            Map.entry("See Notes", Answer.SEE_NOTES), Map.entry("yes", Answer.YES),
            Map.entry(" NA ", Answer.NOT_APPLICABLE), Map.entry("n/a", Answer.NOT_APPLICABLE),
            Map.entry("Ｙｅｓ", Answer.YES), Map.entry("see notes", Answer.SEE_NOTES), Map.entry("NO", Answer.NO),
            Map.entry("Ｎ／Ａ", Answer.NOT_APPLICABLE), Map.entry("SEE NOTES", Answer.SEE_NOTES));
    /** What people type into column D; a number is written as a number cell. */
    private static final List<Map.Entry<Object, List<Integer>>> REFERENCES = List.of(
            Map.entry("Note 1", List.of(1)), Map.entry(2, List.of(2)), Map.entry("Note 1; Note 3", List.of(1, 3)),
            Map.entry("Notes 2, 3", List.of(2, 3)), Map.entry(" note 3 ", List.of(3)));
    private static final List<SharedNote> NOTES = List.of(
            new SharedNote(1, "Encryption keys are held in a TPM."),
            new SharedNote(2, "患者データは AES-256 で暗号化して保存します。"),
            new SharedNote(3, "First line.\nSecond line."));
    private static final Map<String, String> TEXTS = Map.of(
            "DOC-1", "Acme Medical",
            "DOC-2", "Computed tomography scanner",
            "DOC-3", "SMX-200",
            "DOC-5", "+81 3 1234 5678, psirt@acme.example",
            "OTHR", "See the security guide, chapter 4.");

    static Catalogue mds2;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadCatalogue() throws Exception {
        mds2 = CatalogueLibrary.load(null).find("mds2-2019", "2019").orElseThrow();
    }

    @Test
    void aWorkbookWrittenByOpenpyxlImportsWithEveryAnswerAndNote() throws Exception {
        String python = Openpyxl.python().orElse(null);
        if (python == null) {
            String reason = "skipped: no python3 with openpyxl (install the Debian package python3-openpyxl)";
            System.out.println(Mds2ThirdPartyWorkbookTest.class.getSimpleName() + " " + reason);
            Assumptions.abort(reason);
        }
        Map<String, ItemAnswer> expected = new HashMap<>();
        Path plan = folder.resolve("plan.json");
        Files.writeString(plan, JsonMapper.builder().build().writeValueAsString(plan(expected)));
        Path workbook = folder.resolve("mds2-openpyxl.xlsx");

        run(python, script().toString(), workbook.toString(), plan.toString());
        Mds2Import imported;
        try (InputStream in = Files.newInputStream(workbook)) {
            imported = new Mds2WorkbookReader(mds2).read(in, "mds2-openpyxl");
        }

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.sheetName()).isEqualTo("MDS2 2019");
        assertThat(imported.disclosure().answers()).hasSize(mds2.allItems().size())
                .containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(imported.disclosure().notes()).isEqualTo(NOTES);
        assertThat(imported.disclosure().basics()).isEqualTo(
                new BasicInformation(LocalDate.of(2024, 5, 1), "Acme Medical", "SMX-200", null));
    }

    /** The rows for the script, every question of the catalogue; {@code expected} receives what each must import as. */
    private static Map<String, Object> plan(Map<String, ItemAnswer> expected) {
        List<Object> sections = new ArrayList<>();
        int answered = 0;
        int referenced = 0;
        for (Section section : mds2.sections()) {
            List<Object> rows = new ArrayList<>();
            for (Item item : section.allItems()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", item.ref());
                row.put("question", item.text().en());
                if (item.answers() == AnswerScheme.TEXT) {
                    text(item.ref(), row, expected);
                } else {
                    Map.Entry<String, Answer> answer = SPELLINGS.get(answered++ % SPELLINGS.size());
                    List<Integer> notes = List.of();
                    if (answer.getValue() == Answer.SEE_NOTES) {
                        Map.Entry<Object, List<Integer>> reference = REFERENCES.get(referenced++ % REFERENCES.size());
                        row.put("notes", reference.getKey());
                        notes = reference.getValue();
                    }
                    row.put("answer", answer.getKey());
                    row.put("list", true);
                    expected.put(item.ref(), new ItemAnswer(answer.getValue(), null, null, notes));
                }
                rows.add(row);
            }
            sections.add(Map.of("code", section.id().toUpperCase(Locale.ROOT), "title", section.title().en(),
                    "rows", rows));
        }
        List<Object> notes = NOTES.stream().map(note -> (Object) Map.of("number", note.number(), "text", note.text()))
                .toList();
        return Map.of("sheet", "MDS2 2019", "sections", sections, "notes", notes);
    }

    private static void text(String ref, Map<String, Object> row, Map<String, ItemAnswer> expected) {
        if (ref.equals("DOC-7")) {
            row.put("answer", Map.of("date", "2024-05-01"));
            expected.put(ref, ItemAnswer.text("2024-05-01"));
        } else if (ref.equals("OTHR")) {
            row.put("answer", TEXTS.get(ref));
            row.put("notes", "Note 1, Note 2");
            expected.put(ref, new ItemAnswer(null, TEXTS.get(ref), null, List.of(1, 2)));
        } else {
            String text = TEXTS.getOrDefault(ref, "Text of " + ref);
            row.put("answer", text);
            expected.put(ref, ItemAnswer.text(text));
        }
    }

    private static Path script() throws Exception {
        return Path.of(Mds2ThirdPartyWorkbookTest.class.getResource("/mds2/write_mds2.py").toURI());
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, SECONDS)).as("write_mds2.py finished").isTrue();
        assertThat(process.exitValue()).as("write_mds2.py failed:%n%s", output).isZero();
    }
}
