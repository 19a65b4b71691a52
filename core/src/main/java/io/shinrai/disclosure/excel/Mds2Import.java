package io.shinrai.disclosure.excel;

import io.shinrai.disclosure.Disclosure;
import java.util.List;

/** An imported MDS2 workbook: the disclosure, and every row or reference that could not be taken over into it. */
public record Mds2Import(Disclosure disclosure, String sheetName, List<Mds2ImportProblem> problems) {

    public Mds2Import {
        problems = List.copyOf(problems);
    }
}
