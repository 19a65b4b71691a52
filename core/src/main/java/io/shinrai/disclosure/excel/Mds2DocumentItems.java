package io.shinrai.disclosure.excel;

import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.ItemAnswer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The DOC text items that carry a disclosure's basic information: DOC-1 manufacturer name (製造業者), DOC-3 device
 * model or else DOC-2 device description (製品名称), DOC-7 release date (作成日). The form has no item for the
 * product version, so it is neither written nor read.
 */
final class Mds2DocumentItems {

    static final String MANUFACTURER = "DOC-1";
    static final String DESCRIPTION = "DOC-2";
    static final String MODEL = "DOC-3";
    static final String RELEASE_DATE = "DOC-7";

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"),
            DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));

    private Mds2DocumentItems() {
    }

    static BasicInformation basics(Map<String, ItemAnswer> answers) {
        String model = text(answers, MODEL);
        return new BasicInformation(
                releaseDate(text(answers, RELEASE_DATE)).orElse(null),
                text(answers, MANUFACTURER),
                model != null ? model : text(answers, DESCRIPTION),
                null);
    }

    /**
     * What an export writes into DOC items the disclosure leaves unanswered: the basic information that an import
     * would not find in the answers. An imported disclosure therefore gets nothing added, and reads back the same.
     */
    static Map<String, String> fallbacks(BasicInformation basics, Map<String, ItemAnswer> answers) {
        BasicInformation shown = basics(answers);
        Map<String, String> texts = new HashMap<>();
        if (isMissing(basics.vendor(), shown.vendor())) {
            texts.put(MANUFACTURER, basics.vendor());
        }
        if (isMissing(basics.product(), shown.product())) {
            texts.put(MODEL, basics.product());
        }
        if (isMissing(basics.createdOn(), shown.createdOn())) {
            texts.put(RELEASE_DATE, basics.createdOn().toString());
        }
        return texts;
    }

    static Optional<LocalDate> releaseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = Mds2Cells.normalized(text);
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(normalized, format.withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    private static boolean isMissing(Object known, Object shown) {
        return known != null && !known.equals(shown);
    }

    private static String text(Map<String, ItemAnswer> answers, String ref) {
        ItemAnswer answer = answers.get(ref);
        return answer == null || answer.text() == null || answer.text().isBlank() ? null : answer.text();
    }
}
