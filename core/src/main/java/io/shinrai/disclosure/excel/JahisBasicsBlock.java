package io.shinrai.disclosure.excel;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.CatalogueOption;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.excel.JahisUnmapped.Reason;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The rows above the column headers of a checklist sheet: a title, the basic information as label and value
 * (作成日, 製造業者, ...), and the options in use, each an option's label with はい or いいえ beside it.
 */
final class JahisBasicsBlock {

    private enum Field { CREATED_ON, VENDOR, PRODUCT, VERSION, DOCUMENT_ID }

    private static final Map<String, Field> LABELS = new HashMap<>();

    static {
        label(Field.CREATED_ON, "作成日", "作成年月日", "作成日付", "記入日");
        label(Field.VENDOR, "製造業者", "製造業者名", "サービス事業者", "サービス事業者名", "事業者名", "会社名");
        label(Field.PRODUCT, "製品名称", "製品名", "サービス名称", "サービス名");
        label(Field.VERSION, "バージョン", "版", "ver", "version");
        label(Field.DOCUMENT_ID, "文書ID", "文書番号");
    }

    private final Sheet sheet;
    private final List<CatalogueOption> options;
    private final UnaryOperator<String> text;
    private final List<JahisUnmapped> unmapped;
    private final Map<Field, String> values = new HashMap<>();
    private final Set<String> optionsInUse = new HashSet<>();
    private LocalDate createdOn;
    private String title;

    /**
     * @param options the options to look for, none for a form Shinrai does not know
     * @param text    how a value is taken over: blank is null, the rest as it is or stripped
     */
    JahisBasicsBlock(Sheet sheet, List<CatalogueOption> options, UnaryOperator<String> text,
            List<JahisUnmapped> unmapped) {
        this.sheet = sheet;
        this.options = options;
        this.text = text;
        this.unmapped = unmapped;
    }

    void read(int headerRow) {
        for (int index = 0; index < headerRow; index++) {
            Row row = sheet.getRow(index);
            int labelColumn = row == null ? -1 : nextFilled(row, 0);
            if (labelColumn >= 0) {
                String label = SheetText.raw(row.getCell(labelColumn));
                int valueColumn = nextFilled(row, labelColumn + 1);
                take(label, valueColumn < 0 ? null : row.getCell(valueColumn));
            }
        }
    }

    BasicInformation basics() {
        return new BasicInformation(createdOn, values.get(Field.VENDOR), values.get(Field.PRODUCT),
                values.get(Field.VERSION));
    }

    String documentId() {
        return values.get(Field.DOCUMENT_ID);
    }

    Set<String> optionsInUse() {
        return Set.copyOf(optionsInUse);
    }

    Optional<String> title() {
        return Optional.ofNullable(title);
    }

    private void take(String label, Cell value) {
        String key = labelKey(label);
        Field field = LABELS.get(key);
        Optional<CatalogueOption> option = options.stream()
                .filter(candidate -> key.equals(labelKey(candidate.label().ja()))
                        || key.equals(labelKey(candidate.label().en())))
                .findFirst();
        if (field == Field.CREATED_ON) {
            createdOn = value == null ? null : SheetText.date(value).orElseGet(() -> {
                report(value, Reason.DATE_NOT_RECOGNISED);
                return null;
            });
        } else if (field != null) {
            values.put(field, value == null ? null : text.apply(SheetText.raw(value)));
        } else if (option.isPresent()) {
            optionInUse(option.get(), value);
        } else if (title == null && value == null) {
            title = label.strip();
        }
    }

    private void optionInUse(CatalogueOption option, Cell value) {
        String word = SheetText.raw(value);
        Optional<Answer> answer = word.isBlank() ? Optional.of(Answer.NO) : JahisAnswerWords.answer(word);
        if (answer.isEmpty() || answer.get() == Answer.SEE_NOTES || answer.get() == Answer.NOT_APPLICABLE) {
            report(value, Reason.OPTION_NOT_RECOGNISED);
        } else if (answer.get() == Answer.YES) {
            optionsInUse.add(option.id());
        }
    }

    private void report(Cell cell, Reason reason) {
        unmapped.add(new JahisUnmapped(sheet.getSheetName(), cell.getRowIndex() + 1,
                new CellReference(cell).formatAsString(false), SheetText.raw(cell), reason));
    }

    private static int nextFilled(Row row, int from) {
        for (int column = from; column < JahisHeader.SEARCH_COLUMNS; column++) {
            if (!SheetText.raw(row.getCell(column)).isBlank()) {
                return column;
            }
        }
        return -1;
    }

    /** Labels are compared without width, case, spaces and a closing colon: 「製品名称：」 is 製品名称. */
    private static String labelKey(String label) {
        return SheetText.key(label).replaceAll(":+$", "");
    }

    private static void label(Field field, String... labels) {
        for (String label : labels) {
            LABELS.put(labelKey(label), field);
        }
    }
}
