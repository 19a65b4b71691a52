package io.shinrai.server.checklist;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** A Japanese fiscal year (年度), from April to the next March, named by the year it starts in: 2026 is 令和8年度. */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

    public static FiscalYear containing(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(value - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(value + 1);
    }

    /** 令和8年度（2026年度） in Japanese, FY2026 (Reiwa 8) otherwise. */
    public String label(Locale locale) {
        // A year in which the era changed is named after the new era, as 2019 is 令和元年度.
        JapaneseDate named = JapaneseDate.from(LocalDate.of(value, 12, 31));
        JapaneseEra era = named.getEra();
        int yearOfEra = named.get(ChronoField.YEAR_OF_ERA);
        if ("ja".equals(locale.getLanguage())) {
            return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (yearOfEra == 1 ? "元" : yearOfEra)
                    + "年度（" + value + "年度）";
        }
        return "FY" + value + " (" + era.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + yearOfEra + ")";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(value, other.value);
    }
}
