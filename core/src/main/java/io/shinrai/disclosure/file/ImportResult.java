package io.shinrai.disclosure.file;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.Disclosure;
import java.util.List;

/** A disclosure read from a file, and everything in the file that could not be mapped onto it. */
public record ImportResult(Disclosure disclosure, List<LocalizedText> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }
}
