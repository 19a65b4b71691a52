package io.shinrai.disclosure.pdf;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.LocalizedText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Every fixed word of the printable view, in Japanese and English. */
enum PdfLabel {
    CREATED_ON("作成日", "Created on"),
    MANUFACTURER("製造業者", "Manufacturer"),
    SERVICE_PROVIDER("サービス事業者", "Service provider"),
    PRODUCT_NAME("製品名称", "Product name"),
    SERVICE_NAME("サービス名称", "Service name"),
    VERSION("バージョン", "Version"),
    DOCUMENT_ID("文書ID", "Document ID"),
    NOT_GIVEN("未記入", "not given"),
    OPTIONS_HEADING("使用する機能", "Features in use"),
    REF("項番", "Ref."),
    QUESTION("質問", "Question"),
    ANSWER("回答", "Answer"),
    REMARKS("備考", "Remarks"),
    NOT_ANSWERED("未回答", "Unanswered"),
    /** Stands in the answer column of an item that is not asked, so that it is not taken for one still to do. */
    NOT_ASKED_MARK("—", "—"),
    NOT_ASKED("回答不要（%sを使用しない）", "Not asked: %s is not in use"),
    NOTE_REFERENCES("注記 %s", "See note %s"),
    SHARED_NOTES_HEADING("共通の注記", "Shared notes"),
    CONTINUED("%s（続き）", "%s (continued)");

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final LocalizedText text;

    PdfLabel(String ja, String en) {
        this.text = new LocalizedText(ja, en);
    }

    String in(Locale locale, Object... values) {
        return String.format(text.in(locale), values);
    }

    /** Like the JAHIS forms, a catalogue whose id names an SDS is answered by a service provider about a service. */
    static PdfLabel vendor(Catalogue catalogue) {
        return catalogue.describesAService() ? SERVICE_PROVIDER : MANUFACTURER;
    }

    static PdfLabel product(Catalogue catalogue) {
        return catalogue.describesAService() ? SERVICE_NAME : PRODUCT_NAME;
    }

    static String date(LocalDate date, Locale locale) {
        return "en".equals(locale.getLanguage()) ? date.toString() : JAPANESE_DATE.format(date);
    }
}
