package io.shinrai.server.advisory;

import io.shinrai.catalog.LocalizedText;
import io.shinrai.vuln.Advisory;
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

/** The formats advisory files are imported from; each reads a file, a folder or a zip archive of its kind. */
public enum AdvisoryFormat {
    OSV {
        @Override
        List<LocalizedText> read(Path path, Consumer<Advisory> sink) throws IOException, UnreadableAdvisoryException {
            return new OsvReader().read(path, sink);
        }
    },
    NVD {
        @Override
        List<LocalizedText> read(Path path, Consumer<Advisory> sink) throws IOException, UnreadableAdvisoryException {
            return new NvdReader().read(path, sink);
        }
    },
    CSAF {
        @Override
        List<LocalizedText> read(Path path, Consumer<Advisory> sink) throws IOException, UnreadableAdvisoryException {
            return new CsafReader().read(path, sink);
        }
    },
    JVN {
        @Override
        List<LocalizedText> read(Path path, Consumer<Advisory> sink) throws IOException, UnreadableAdvisoryException {
            return new JvnReader().read(path, sink);
        }
    },
    JVN_JSON {
        @Override
        List<LocalizedText> read(Path path, Consumer<Advisory> sink) throws IOException, UnreadableAdvisoryException {
            return new JvnJsonReader().read(path, sink);
        }
    };

    /** Passes every advisory to {@code sink}; returns the problems of those skipped. */
    abstract List<LocalizedText> read(Path path, Consumer<Advisory> sink)
            throws IOException, UnreadableAdvisoryException;
}
