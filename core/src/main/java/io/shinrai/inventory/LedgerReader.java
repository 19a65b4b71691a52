package io.shinrai.inventory;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.excel.SheetText;
import io.shinrai.disclosure.file.UnusableFileException;
import io.shinrai.inventory.LedgerSheet.TextRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a ledger of systems from a workbook or CSV: finds the heading row by its column names (in Japanese or
 * English, in any order, with extra columns ignored), then checks every row and names what is wrong with each.
 */
public final class LedgerReader {

    private static final int HEADING_SEARCH_ROWS = 20;

    public LedgerImport read(byte[] bytes) throws UnusableFileException {
        List<TextRow> rows = LedgerSheet.rows(bytes);
        int headingIndex = headingRow(rows);
        Map<LedgerColumn, Integer> columns = columns(rows.get(headingIndex));
        List<LedgerEntry> entries = new ArrayList<>();
        List<LedgerProblem> problems = new ArrayList<>();
        Map<String, Integer> rowOfName = new HashMap<>();
        for (TextRow row : rows.subList(headingIndex + 1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            List<LocalizedText> wrong = new ArrayList<>();
            Optional<LedgerEntry> entry = entry(row, columns, wrong);
            entry.map(LedgerEntry::name).map(SheetText::key).ifPresent(name -> {
                Integer earlier = rowOfName.putIfAbsent(name, row.number());
                if (earlier != null) {
                    wrong.add(new LocalizedText(earlier + "行目と名称が重複しています。",
                            "the name is the same as in row " + earlier + "."));
                }
            });
            wrong.forEach(message -> problems.add(new LedgerProblem(row.number(), message)));
            if (wrong.isEmpty()) {
                entries.add(entry.orElseThrow());
            }
        }
        return new LedgerImport(entries, problems);
    }

    private static int headingRow(List<TextRow> rows) throws UnusableFileException {
        for (int index = 0; index < Math.min(rows.size(), HEADING_SEARCH_ROWS); index++) {
            Map<LedgerColumn, Integer> columns = columns(rows.get(index));
            if (columns.containsKey(LedgerColumn.NAME) && columns.containsKey(LedgerColumn.CATEGORY)) {
                return index;
            }
        }
        throw new UnusableFileException(new LocalizedText(
                "台帳の見出し行が見つかりません。1行目に「名称」「区分」などの見出しを置いてください。",
                "No heading row found. Put headings such as \"Name\" and \"Category\" in the first row."), null);
    }

    private static Map<LedgerColumn, Integer> columns(TextRow heading) {
        Map<LedgerColumn, Integer> columns = new EnumMap<>(LedgerColumn.class);
        for (int index = 0; index < heading.cells().size(); index++) {
            int column = index;
            LedgerColumn.fromHeading(heading.cell(index)).ifPresent(known -> columns.putIfAbsent(known, column));
        }
        return columns;
    }

    /** The entry of a row, or empty when its name or category is missing; every problem is added to {@code wrong}. */
    private static Optional<LedgerEntry> entry(TextRow row, Map<LedgerColumn, Integer> columns,
                                               List<LocalizedText> wrong) {
        Map<LedgerColumn, String> text = new EnumMap<>(LedgerColumn.class);
        columns.forEach((column, index) -> {
            String value = row.cell(index);
            if (value.length() > column.maxLength()) {
                wrong.add(new LocalizedText("「" + column.heading().ja() + "」が長すぎます（" + column.maxLength()
                        + "文字まで）。", column.heading().en() + " is too long (at most " + column.maxLength()
                        + " characters)."));
            }
            text.put(column, value.isEmpty() ? null : value);
        });
        String name = text.get(LedgerColumn.NAME);
        if (name == null) {
            wrong.add(new LocalizedText("名称がありません。", "the name is missing."));
        }
        Optional<SystemCategory> category = category(text.get(LedgerColumn.CATEGORY), wrong);
        boolean remote = remoteMaintenance(text.get(LedgerColumn.REMOTE_MAINTENANCE), wrong);
        LocalDate installedOn = installedOn(text.get(LedgerColumn.INSTALLED_ON), wrong);
        if (name == null || category.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LedgerEntry(name, category.get(), text.get(LedgerColumn.VENDOR),
                text.get(LedgerColumn.PRODUCT), text.get(LedgerColumn.VERSION), text.get(LedgerColumn.DEPARTMENT),
                text.get(LedgerColumn.LOCATION), text.get(LedgerColumn.NETWORK_SEGMENT), remote,
                text.get(LedgerColumn.REMOTE_METHOD), installedOn, text.get(LedgerColumn.OWNER)));
    }

    private static Optional<SystemCategory> category(String text, List<LocalizedText> wrong) {
        if (text == null) {
            wrong.add(new LocalizedText("区分がありません。", "the category is missing."));
            return Optional.empty();
        }
        Optional<SystemCategory> category = SystemCategory.fromLabel(text);
        if (category.isEmpty()) {
            wrong.add(new LocalizedText("区分「" + text + "」は使えません。使える区分: " + categories(true) + "。",
                    "the category \"" + text + "\" is unknown. Categories: " + categories(false) + "."));
        }
        return category;
    }

    private static String categories(boolean japanese) {
        return Arrays.stream(SystemCategory.values())
                .map(category -> japanese ? category.label().ja() : category.label().en())
                .collect(Collectors.joining(japanese ? "、" : ", "));
    }

    private static boolean remoteMaintenance(String text, List<LocalizedText> wrong) {
        if (text == null) {
            return false;
        }
        Optional<Boolean> answer = YesNo.parse(text);
        if (answer.isEmpty()) {
            wrong.add(new LocalizedText("リモート保守「" + text + "」は「あり」か「なし」で書いてください。",
                    "remote maintenance \"" + text + "\" must be yes or no."));
        }
        return answer.orElse(false);
    }

    private static LocalDate installedOn(String text, List<LocalizedText> wrong) {
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = SheetText.date(text);
        if (date.isEmpty()) {
            wrong.add(new LocalizedText("導入日「" + text + "」は日付として読めません（例: 2024/04/01）。",
                    "the installation date \"" + text + "\" is not a date (e.g. 2024-04-01)."));
        }
        return date.orElse(null);
    }
}
