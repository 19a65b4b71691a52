package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A reader of advisory documents of one kind, given one file, a folder of them or a zip archive (see
 * {@link AdvisoryFiles} for the limits); each reader says only how to read one document. A document that cannot be
 * read is reported with where it is and the rest go on; a path that is missing, an archive that is damaged or a
 * zip bomb, and a file past the reader's limit are refused whole.
 */
public abstract sealed class AdvisoryDocumentReader
        permits OsvReader, NvdReader, CsafReader, JvnReader, JvnJsonReader, AdvisoryReader {

    private final AdvisoryFiles files;

    AdvisoryDocumentReader(long maxFileBytes, boolean withXml) {
        this.files = new AdvisoryFiles(maxFileBytes, withXml);
    }

    /** Passes every advisory the path holds to {@code sink}, in file order; returns the problems of those skipped. */
    public final List<LocalizedText> read(Path path, Consumer<Advisory> sink)
            throws IOException, UnreadableAdvisoryException {
        List<LocalizedText> problems = new ArrayList<>();
        files.forEach(path, (where, content) -> readDocument(where, content, sink, problems));
        return problems;
    }

    /** Reads a zip archive from a stream, as an upload arrives. */
    public final List<LocalizedText> readArchive(String name, InputStream archive, Consumer<Advisory> sink)
            throws IOException, UnreadableAdvisoryException {
        List<LocalizedText> problems = new ArrayList<>();
        files.forEachInArchive(name, archive, (where, content) -> readDocument(where, content, sink, problems));
        return problems;
    }

    /**
     * Passes the advisories of one file's content to {@code sink} and what of it cannot be read to {@code problems},
     * each problem starting with {@code where}. Only the stream's own failures (a limit passed, a damaged archive)
     * are thrown.
     */
    abstract void readDocument(String where, InputStream content, Consumer<Advisory> sink,
            List<LocalizedText> problems) throws IOException;
}
