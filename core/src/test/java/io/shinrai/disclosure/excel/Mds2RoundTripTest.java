package io.shinrai.disclosure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.disclosure.SharedNote;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class Mds2RoundTripTest {

    static Catalogue mds2;

    @BeforeAll
    static void loadCatalogue() throws Exception {
        mds2 = CatalogueLibrary.load(null).find("mds2-2019", "2019").orElseThrow();
    }

    @Test
    void aDisclosureAnsweringEveryQuestionComesBackEqual() throws Exception {
        Disclosure complete = completeDisclosure();

        Mds2Import imported = roundTrip(complete);

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.disclosure().answers()).hasSize(mds2.allItems().size());
        assertThat(imported.disclosure()).isEqualTo(complete);
    }

    @Test
    void anUnfinishedDisclosureComesBackWithTheSameGaps() throws Exception {
        Disclosure draft = new Disclosure("mds2-7", "mds2-2019", "2019", BasicInformation.empty(), Set.of(), Map.of(
                "DOC-8", ItemAnswer.of(Answer.NO),
                "AUTH-1", new ItemAnswer(null, null, null, List.of(1))),
                List.of(new SharedNote(1, "To be decided with the hospital.")));

        assertThat(roundTrip(draft).disclosure()).isEqualTo(draft);
    }

    @Test
    void remarksComeBackAsNotesAndFromThenOnTheWorkbookIsStable() throws Exception {
        Disclosure withRemarks = new Disclosure("mds2-7", "mds2-2019", "2019", BasicInformation.empty(), Set.of(),
                Map.of("AUTH-1", ItemAnswer.of(Answer.SEE_NOTES, "Roles are set up by the vendor."),
                        "AUTH-2", new ItemAnswer(Answer.NO, null, "Roles are set up by the vendor.", List.of(1))),
                List.of(new SharedNote(1, "Accounts come from the hospital's directory.")));

        Disclosure once = roundTrip(withRemarks).disclosure();
        Disclosure twice = roundTrip(once).disclosure();

        assertThat(once.answers()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "AUTH-1", new ItemAnswer(Answer.SEE_NOTES, null, null, List.of(2)),
                "AUTH-2", new ItemAnswer(Answer.NO, null, null, List.of(1, 2))));
        assertThat(once.notes()).containsExactly(new SharedNote(1, "Accounts come from the hospital's directory."),
                new SharedNote(2, "Roles are set up by the vendor."));
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void aDeviceDescriptionWithoutAModelStaysTheDescription() throws Exception {
        Disclosure imported = roundTrip(new Disclosure("mds2-7", "mds2-2019", "2019",
                new BasicInformation(null, "Acme Medical", "CT scanner", null), Set.of(), Map.of(
                "DOC-1", ItemAnswer.text("Acme Medical"),
                "DOC-2", ItemAnswer.text("CT scanner")), List.of())).disclosure();

        assertThat(imported.answers()).containsOnlyKeys("DOC-1", "DOC-2");
        assertThat(roundTrip(imported).disclosure()).isEqualTo(imported);
    }

    /** Every question answered, cycling through the answers; notes on See Notes; text that looks like a formula. */
    static Disclosure completeDisclosure() {
        List<Answer> answers = List.of(Answer.YES, Answer.NO, Answer.NOT_APPLICABLE, Answer.SEE_NOTES);
        Map<String, ItemAnswer> byRef = new HashMap<>();
        int i = 0;
        for (Item item : mds2.allItems()) {
            if (item.answers() == AnswerScheme.TEXT) {
                byRef.put(item.ref(), ItemAnswer.text("Text of " + item.ref()));
                continue;
            }
            Answer answer = answers.get(i++ % answers.size());
            List<Integer> notes = answer == Answer.SEE_NOTES ? List.of(1 + i % 3) : List.of();
            byRef.put(item.ref(), new ItemAnswer(answer, null, null, notes));
        }
        byRef.put("DOC-1", ItemAnswer.text("Acme Medical"));
        byRef.put("DOC-3", ItemAnswer.text("SMX-200"));
        byRef.put("DOC-5", ItemAnswer.text("+81 3 1234 5678, psirt@acme.example"));
        byRef.put("DOC-7", ItemAnswer.text("2024-05-01"));
        byRef.put("OTHR", new ItemAnswer(null, "=== Read the security guide first ===", null, List.of(1, 3)));
        return new Disclosure("mds2-7", "mds2-2019", "2019",
                new BasicInformation(LocalDate.of(2024, 5, 1), "Acme Medical", "SMX-200", null), Set.of(), byRef,
                List.of(new SharedNote(1, "Encryption keys are held in a TPM."),
                        new SharedNote(2, "患者データは AES-256 で暗号化して保存します。"),
                        new SharedNote(3, "First line.\nSecond line.")));
    }

    private static Mds2Import roundTrip(Disclosure disclosure) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Mds2WorkbookWriter(mds2).write(disclosure, out);
        return new Mds2WorkbookReader(mds2).read(new ByteArrayInputStream(out.toByteArray()), disclosure.documentId());
    }
}
