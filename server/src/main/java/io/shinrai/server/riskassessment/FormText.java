package io.shinrai.server.riskassessment;

import io.shinrai.catalog.LocalizedText;
import java.util.List;

/** Fields of the risk and SLA forms as typed: a whole number or a choice, or the reason it is neither. */
final class FormText {

    private FormText() {
    }

    /** The number typed, or 0 with a problem naming the field. */
    static int number(String text, String ja, String en, List<LocalizedText> problems) {
        String typed = text == null ? "" : text;
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            problems.add(new LocalizedText(ja + "「" + typed + "」は整数ではありません。",
                    en + " \"" + typed + "\" is not a whole number"));
            return 0;
        }
    }

    /** The constant named, or null with a problem asking for the field to be chosen. */
    static <E extends Enum<E>> E choice(Class<E> type, String text, String ja, String en,
                                        List<LocalizedText> problems) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problems.add(new LocalizedText(ja + "を選んでください。", "choose the " + en));
        return null;
    }
}
