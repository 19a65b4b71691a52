package io.shinrai.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** An entry as the cells of one ledger row, in the order of {@link LedgerColumn}, as a person reads them. */
final class LedgerLine {

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private LedgerLine() {
    }

    static List<String> headings(Locale locale) {
        return Arrays.stream(LedgerColumn.values()).map(column -> column.heading().in(locale)).toList();
    }

    static List<String> cells(LedgerEntry entry, boolean critical, Locale locale) {
        boolean japanese = !"en".equals(locale.getLanguage());
        return Arrays.stream(LedgerColumn.values()).map(column -> switch (column) {
            case NAME -> entry.name();
            case CATEGORY -> entry.category().label().in(locale);
            case VENDOR -> text(entry.vendor());
            case PRODUCT -> text(entry.product());
            case VERSION -> text(entry.productVersion());
            case DEPARTMENT -> text(entry.department());
            case LOCATION -> text(entry.location());
            case NETWORK_SEGMENT -> text(entry.networkSegment());
            case REMOTE_MAINTENANCE -> YesNo.write(entry.remoteMaintenance(), japanese);
            case REMOTE_METHOD -> text(entry.remoteMethod());
            case INSTALLED_ON -> date(entry.installedOn(), japanese);
            case OWNER -> text(entry.owner());
            case CRITICAL -> critical ? YesNo.write(true, japanese) : "";
        }).toList();
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static String date(LocalDate date, boolean japanese) {
        return date == null ? "" : japanese ? JAPANESE_DATE.format(date) : date.toString();
    }
}
