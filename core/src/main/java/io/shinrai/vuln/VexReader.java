package io.shinrai.vuln;

import io.shinrai.catalog.LocalizedText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads VEX statements from CycloneDX or CSAF 2.0 JSON, recognised from the first bytes. */
public final class VexReader {

    private VexReader() {
    }

    public static List<VexStatement> read(InputStream in, String where, List<LocalizedText> problems)
            throws IOException, UnreadableAdvisoryException {
        BufferedInputStream buffered = new BufferedInputStream(in, AdvisoryReader.HEAD);
        buffered.mark(AdvisoryReader.HEAD);
        String head = new String(buffered.readNBytes(AdvisoryReader.HEAD), StandardCharsets.UTF_8);
        buffered.reset();
        if (AdvisoryFormat.detect(head) == AdvisoryFormat.CSAF) {
            return CsafVex.read(buffered, where, problems);
        }
        if (head.contains("\"bomFormat\"")) {
            return CycloneDxVex.read(buffered, where, problems);
        }
        throw new UnreadableAdvisoryException(AdvisoryRefusal.UNRECOGNISED, where, null);
    }
}
