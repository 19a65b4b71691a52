package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads advisories whatever their format, recognised file by file from the first bytes: OSV, NVD CVE JSON 2.0 feeds,
 * CSAF 2.0 documents and JVN iPedia's VULDEF XML. A path is one file, a folder or a zip archive, which may mix
 * formats; each file is read within the limit of its format's reader.
 */
public final class AdvisoryReader {

    /** How much of the start of a file is looked at to recognise its format. */
    static final int HEAD = 64 * 1024;

    private final AdvisoryFiles files = new AdvisoryFiles(NvdReader.MAX_FILE_BYTES, true);

    /** Passes every advisory the path holds to {@code sink}, in file order; returns the problems of those skipped. */
    public List<LocalizedText> read(Path path, Consumer<Advisory> sink)
            throws IOException, UnreadableAdvisoryException {
        List<LocalizedText> problems = new ArrayList<>();
        files.forEach(path, (where, content) -> readOne(where, content, sink, problems));
        return problems;
    }

    /** Reads a zip archive from a stream, as an upload arrives. */
    public List<LocalizedText> readArchive(String name, InputStream archive, Consumer<Advisory> sink)
            throws IOException, UnreadableAdvisoryException {
        List<LocalizedText> problems = new ArrayList<>();
        files.forEachInArchive(name, archive, (where, content) -> readOne(where, content, sink, problems));
        return problems;
    }

    private static void readOne(String where, InputStream content, Consumer<Advisory> sink,
            List<LocalizedText> problems) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, HEAD);
        buffered.mark(HEAD);
        String head = new String(buffered.readNBytes(HEAD), StandardCharsets.UTF_8);
        buffered.reset();
        try {
            switch (AdvisoryFormat.detect(head)) {
                case NVD -> NvdReader.readFeed(where, buffered, sink, problems);
                case JVN -> JvnReader.readDocument(where, buffered, sink, problems);
                case CSAF -> CsafReader.advisories(buffered.readNBytes(CsafReader.MAX_DOCUMENT_BYTES + 1), where,
                        problems).forEach(sink);
                case OSV -> sink.accept(OsvReader.advisory(buffered.readNBytes(OsvReader.MAX_ADVISORY_BYTES + 1),
                        where));
                case UNRECOGNISED -> problems.add(AdvisoryRefusal.UNRECOGNISED.at(where));
            }
        } catch (UnreadableAdvisoryException skipped) {
            problems.add(skipped.reason());
        }
    }
}
