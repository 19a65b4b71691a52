package io.shinrai.server.advisory;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.vuln.Advisory;
import io.shinrai.vuln.AdvisoryDocumentReader;
import io.shinrai.vuln.CsafReader;
import io.shinrai.vuln.JvnJsonReader;
import io.shinrai.vuln.JvnReader;
import io.shinrai.vuln.NvdReader;
import io.shinrai.vuln.OsvReader;
import io.shinrai.vuln.UnreadableAdvisoryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The formats advisory files are imported from; each reads a file, a folder or a zip archive of its kind. */
public enum AdvisoryFormat {
    OSV(OsvReader::new),
    NVD(NvdReader::new),
    CSAF(CsafReader::new),
    JVN(JvnReader::new),
    JVN_JSON(JvnJsonReader::new);

    private final Supplier<AdvisoryDocumentReader> reader;

    AdvisoryFormat(Supplier<AdvisoryDocumentReader> reader) {
        this.reader = reader;
    }

    /** Passes every advisory to {@code sink}; returns the problems of those skipped. */
    List<LocalizedText> read(Path path, Consumer<Advisory> sink) throws IOException, UnreadableAdvisoryException {
        return reader.get().read(path, sink);
    }
}
