package io.shinrai.sbom;

import io.shinrai.catalog.LocalizedText;

/** Where in a file a problem is: a JSON pointer for JSON, a line (and column when known) for XML and tag-value. */
public sealed interface ProblemPlace {

    LocalizedText describe();

    record JsonPointer(String pointer) implements ProblemPlace {
        @Override
        public LocalizedText describe() {
            String at = pointer.isEmpty() ? "/" : pointer;
            return new LocalizedText(at, at);
        }
    }

    record Line(int line, int column) implements ProblemPlace {
        @Override
        public LocalizedText describe() {
            return column > 0
                    ? new LocalizedText(line + "行目 " + column + "桁目", "line " + line + ", column " + column)
                    : new LocalizedText(line + "行目", "line " + line);
        }
    }

    record WholeFile() implements ProblemPlace {
        @Override
        public LocalizedText describe() {
            return new LocalizedText("ファイル", "file");
        }
    }
}
