package io.shinrai.server.advisory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A folder on the server that advisory data is copied into for offline installations (SHINRAI_ADVISORY_FOLDER):
 * a folder per format in it ({@code osv/}, {@code nvd/}, {@code csaf/}, {@code jvn/}, {@code jvn_json/}), each
 * holding files, folders or zip archives. Every one of those is a source named after it, e.g. {@code osv/go.zip} is
 * the source "OSV go".
 */
@Component
class AdvisoryFolder {

    /** One file, folder or archive to import, and the source it counts as. */
    record Entry(AdvisoryFormat format, String source, Path path) {
    }

    private final Path folder;

    AdvisoryFolder(@Value("${shinrai.advisories.folder:}") String folder) {
        this.folder = folder.isBlank() ? null : Path.of(folder);
    }

    boolean configured() {
        return folder != null;
    }

    List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (AdvisoryFormat format : AdvisoryFormat.values()) {
            Path formatFolder = folder.resolve(format.name().toLowerCase(Locale.ROOT));
            if (!Files.isDirectory(formatFolder)) {
                continue;
            }
            try (Stream<Path> children = Files.list(formatFolder)) {
                children.sorted().forEach(child -> entries.add(new Entry(format,
                        format.name() + " " + child.getFileName().toString().replaceFirst("\\.(zip|json)$", ""),
                        child)));
            }
        }
        return entries;
    }
}
