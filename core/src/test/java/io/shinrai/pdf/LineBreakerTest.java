package io.shinrai.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line breaking with every character one unit wide, so that a width is a number of characters. */
class LineBreakerTest {

    private final LineBreaker breaker = new LineBreaker(codePoint -> 1);

    @Test
    void japaneseBreaksBetweenAnyCharacters() {
        assertThat(breaker.lines("保守端末は院内LANに接続しない", 5))
                .containsExactly("保守端末は", "院内LAN", "に接続しな", "い");
    }

    @Test
    void closingPunctuationNeverStartsALineAndAnOpeningBracketNeverEndsOne() {
        assertThat(breaker.lines("あいう。えお", 3)).containsExactly("あい", "う。え", "お");
        assertThat(breaker.lines("あい「うえ」", 3)).containsExactly("あい", "「う", "え」");
    }

    @Test
    void latinBreaksAtSpacesAndAWordWiderThanTheColumnWhereItReachesTheEdge() {
        assertThat(breaker.lines("the quick brown fox", 10)).containsExactly("the quick", "brown fox");
        assertThat(breaker.lines("see https://example.invalid/advisory", 10))
                .containsExactly("see", "https://ex", "ample.inva", "lid/adviso", "ry");
    }

    @Test
    void mixedTextBreaksBetweenLatinAndJapanese() {
        assertThat(breaker.lines("WPA3は次期版で対応予定", 5)).containsExactly("WPA3は", "次期版で対", "応予定");
        assertThat(breaker.lines("対応はWPA3で行う", 5)).containsExactly("対応は", "WPA3で", "行う");
    }

    @Test
    void lineFeedsAreKeptAndNothingIsLost() {
        String text = "一行目\n\n三行目は長いので折り返します。The end of it.";

        assertThat(breaker.lines(text, 8)).containsExactly("一行目", "", "三行目は長いので", "折り返します。", "The end", "of it.");
        assertThat(String.join("", breaker.lines(text, 8)).replace(" ", ""))
                .isEqualTo(text.replace("\n", "").replace(" ", ""));
    }

    @Test
    void aCharacterWiderThanTheColumnStillGetsALineOfItsOwn() {
        assertThat(new LineBreaker(codePoint -> 3).lines("あい", 2)).containsExactly("あ", "い");
    }
}
