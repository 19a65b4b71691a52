package io.shinrai.risk;

import io.shinrai.catalog.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An ordinal scale of 3 to 5 levels valued 1 to n; fewer cannot tell risks apart, more invite false precision.
 *
 * @param name what the scale measures, for messages (資産価値（機密性）, 脅威 ...)
 */
public record Scale(LocalizedText name, List<Level> levels) {

    public static final int MIN_LEVELS = 3;
    public static final int MAX_LEVELS = 5;

    public Scale {
        levels = List.copyOf(levels);
        if (levels.size() < MIN_LEVELS || levels.size() > MAX_LEVELS) {
            throw new InvalidRiskDataException(name.ja() + "の段階は 3〜5 にしてください（" + levels.size() + " 段階です）。",
                    name.en() + " must have 3 to 5 levels, not " + levels.size());
        }
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            if (level.value() != i + 1) {
                throw new InvalidRiskDataException(name.ja() + "の " + (i + 1) + " 番目の段階の値は " + (i + 1)
                        + " のはずが " + level.value() + " です。", name.en() + ": level " + (i + 1)
                        + " must have the value " + (i + 1) + ", not " + level.value());
            }
            if (level.label().ja().isBlank() || level.label().en().isBlank()) {
                throw new InvalidRiskDataException(name.ja() + "の段階 " + (i + 1) + " に日本語と英語の名前が必要です。",
                        name.en() + ": level " + (i + 1) + " needs a Japanese and an English label");
            }
        }
    }

    /** A scale whose levels are labelled in order, valued 1 to n. */
    public static Scale of(LocalizedText name, List<LocalizedText> labels) {
        return new Scale(name, IntStream.range(0, labels.size())
                .mapToObj(i -> new Level(i + 1, labels.get(i))).toList());
    }

    public int top() {
        return levels.size();
    }

    public boolean contains(int value) {
        return value >= 1 && value <= top();
    }

    public Level level(int value) {
        return levels.get(value - 1);
    }

    /** What is wrong with a value outside the scale, naming the scale and where the value was given. */
    public Optional<LocalizedText> problem(int value, LocalizedText where) {
        if (contains(value)) {
            return Optional.empty();
        }
        return Optional.of(new LocalizedText(where.ja() + ": " + name.ja() + "「" + value + "」は 1〜" + top()
                + " の範囲外です。", where.en() + ": " + name.en() + " " + value + " is outside the scale 1 to " + top()));
    }
}
