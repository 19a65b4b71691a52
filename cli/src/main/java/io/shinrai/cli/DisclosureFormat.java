package io.shinrai.cli;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.excel.JahisImport;
import io.shinrai.disclosure.excel.JahisUnmapped;
import io.shinrai.disclosure.excel.JahisWorkbookReader;
import io.shinrai.disclosure.excel.JahisWorkbookWriter;
import io.shinrai.disclosure.excel.Mds2Import;
import io.shinrai.disclosure.excel.Mds2ImportProblem;
import io.shinrai.disclosure.excel.Mds2WorkbookReader;
import io.shinrai.disclosure.excel.Mds2WorkbookWriter;
import io.shinrai.disclosure.json.DisclosureJson;
import io.shinrai.disclosure.excel.UnreadableWorkbookException;
import io.shinrai.disclosure.excel.WorkbookInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The file formats of a disclosure: Shinrai's JSON, the JAHIS-style workbook and NEMA's MDS2 workbook. */
enum DisclosureFormat {
    JSON, JAHIS, MDS2;

    static final String MDS2_CATALOGUE = "mds2-2019";
    private static final String MDS2_VERSION = "2019";

    /**
     * The format a file is in: JSON by its name or its first character, an MDS2 workbook by a sheet named like
     * "mds2", otherwise a JAHIS-style workbook.
     */
    static DisclosureFormat of(Path file) throws IOException, UnreadableWorkbookException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return JSON;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int first;
            do {
                first = in.read();
            } while (first != -1 && Character.isWhitespace(first));
            if (first == '{') {
                return JSON;
            }
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = WorkbookInput.open(in)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.getSheetName(i).toLowerCase(Locale.ROOT).contains("mds2")) {
                    return MDS2;
                }
            }
        }
        return JAHIS;
    }

    /**
     * Reads a disclosure; what an import could not map is reported on {@code problems} and the rest is kept.
     */
    Disclosure read(Path file, CatalogueLibrary catalogues, PrintWriter problems) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        switch (this) {
            case JSON:
                return new DisclosureJson().read(new ByteArrayInputStream(bytes));
            case MDS2:
                Mds2Import mds2 = new Mds2WorkbookReader(mds2Catalogue(catalogues))
                        .read(new ByteArrayInputStream(bytes), file.getFileName().toString());
                for (Mds2ImportProblem problem : mds2.problems()) {
                    problems.println(file + ": row " + problem.row() + ": " + problem.message().en());
                }
                return mds2.disclosure();
            default:
                JahisImport jahis = new JahisWorkbookReader(catalogues::find).read(new ByteArrayInputStream(bytes));
                for (JahisUnmapped unmapped : jahis.unmapped()) {
                    problems.println(file + ": sheet " + unmapped.sheet() + ", cell " + unmapped.cell() + " \""
                            + unmapped.value() + "\": " + unmapped.reason().message().en());
                }
                return jahis.disclosure();
        }
    }

    void write(Disclosure disclosure, Catalogue catalogue, OutputStream out) throws IOException {
        switch (this) {
            case JSON:
                out.write(new DisclosureJson().write(disclosure, catalogue));
                break;
            case MDS2:
                new Mds2WorkbookWriter(catalogue).write(disclosure, out);
                break;
            default:
                new JahisWorkbookWriter().write(catalogue, disclosure, out);
        }
    }

    private static Catalogue mds2Catalogue(CatalogueLibrary catalogues) {
        return catalogues.find(MDS2_CATALOGUE, MDS2_VERSION)
                .orElseThrow(() -> new IllegalStateException("the built-in MDS2 catalogue is missing"));
    }
}
