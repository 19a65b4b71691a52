package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads advisories whatever their format, recognised file by file from the first bytes: OSV, NVD CVE JSON 2.0 feeds,
 * CSAF 2.0 documents, and JVN iPedia's entries in VULDEF XML or MyJVN JSON. A path is one file, a folder or a zip
 * archive, which may mix formats; each file is read within the limit of its format's reader.
 */
public final class AdvisoryReader extends AdvisoryDocumentReader {

    /** How much of the start of a file is looked at to recognise its format. */
    static final int HEAD = 64 * 1024;

    private final OsvReader osv = new OsvReader();
    private final NvdReader nvd = new NvdReader();
    private final CsafReader csaf = new CsafReader();
    private final JvnReader jvn = new JvnReader();
    private final JvnJsonReader jvnJson = new JvnJsonReader();

    public AdvisoryReader() {
        super(NvdReader.MAX_FILE_BYTES, true);
    }

    @Override
    void readDocument(String where, InputStream content, Consumer<Advisory> sink, List<LocalizedText> problems)
            throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, HEAD);
        buffered.mark(HEAD);
        String head = new String(buffered.readNBytes(HEAD), StandardCharsets.UTF_8);
        buffered.reset();
        switch (AdvisoryFormat.detect(head)) {
            case NVD -> nvd.readDocument(where, buffered, sink, problems);
            case JVN -> jvn.readDocument(where, buffered, sink, problems);
            case JVN_JSON -> jvnJson.readDocument(where, buffered, sink, problems);
            case CSAF -> csaf.readDocument(where, buffered, sink, problems);
            case OSV -> osv.readDocument(where, buffered, sink, problems);
            case UNRECOGNISED -> problems.add(AdvisoryRefusal.UNRECOGNISED.at(where));
        }
    }
}
