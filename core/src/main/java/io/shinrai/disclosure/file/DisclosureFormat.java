package io.shinrai.disclosure.file;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.excel.JahisFormNotFoundException;
import io.shinrai.disclosure.excel.JahisImport;
import io.shinrai.disclosure.excel.JahisUnmapped;
import io.shinrai.disclosure.excel.JahisWorkbookReader;
import io.shinrai.disclosure.excel.JahisWorkbookWriter;
import io.shinrai.disclosure.excel.Mds2Import;
import io.shinrai.disclosure.excel.Mds2ImportProblem;
import io.shinrai.disclosure.excel.Mds2LayoutException;
import io.shinrai.disclosure.excel.Mds2WorkbookReader;
import io.shinrai.disclosure.excel.Mds2WorkbookWriter;
import io.shinrai.disclosure.excel.UnreadableWorkbookException;
import io.shinrai.disclosure.excel.WorkbookInput;
import io.shinrai.disclosure.excel.WorkbookRefusal;
import io.shinrai.disclosure.json.DisclosureJson;
import io.shinrai.disclosure.json.InvalidDisclosureException;
import io.shinrai.disclosure.pdf.DisclosurePdfWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The file formats of a disclosure: Shinrai's JSON, the JAHIS-style workbook, NEMA's MDS2 workbook, and the PDF of
 * the printable view, which is only written: it is for people, and JSON or the workbook is the file to read back.
 */
public enum DisclosureFormat {
    JSON("json", "application/json"),
    JAHIS("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    MDS2("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    public static final String MDS2_CATALOGUE = "mds2-2019";
    private static final String MDS2_VERSION = "2019";
    static final LocalizedText PDF_NOT_READABLE = new LocalizedText(
            "PDF からは開示書を読み込めません。JSON または Excel(.xlsx)のファイルを読み込んでください。",
            "A disclosure cannot be imported from a PDF. Import its JSON or Excel (.xlsx) file instead.");

    private final String extension;
    private final String mediaType;

    DisclosureFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format a file is in: JSON by its name or first character, an MDS2 workbook by a sheet named like
     * "mds2", otherwise a JAHIS-style workbook. Never PDF: a PDF is refused with the reason.
     */
    public static DisclosureFormat detect(String fileName, byte[] bytes) throws UnusableFileException {
        String name = fileName.toLowerCase(Locale.ROOT);
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1);
        if (name.endsWith(".json") || start.strip().startsWith("{")) {
            return JSON;
        }
        if (name.endsWith(".pdf") || start.startsWith("%PDF-")) {
            throw new UnusableFileException(PDF_NOT_READABLE, null);
        }
        try (XSSFWorkbook workbook = WorkbookInput.open(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.getSheetName(i).toLowerCase(Locale.ROOT).contains("mds2")) {
                    return MDS2;
                }
            }
            return JAHIS;
        } catch (UnreadableWorkbookException e) {
            throw new UnusableFileException(e.refusal().message(), e);
        } catch (IOException e) {
            throw new UnusableFileException(WorkbookRefusal.DAMAGED.message(), e);
        }
    }

    /** Reads a disclosure; what could not be mapped is listed in the result and the rest is kept. */
    public ImportResult read(byte[] bytes, String documentId, CatalogueLibrary catalogues)
            throws UnusableFileException {
        try {
            switch (this) {
                case PDF:
                    throw new UnusableFileException(PDF_NOT_READABLE, null);
                case JSON:
                    return new ImportResult(new DisclosureJson().read(new ByteArrayInputStream(bytes)), List.of());
                case MDS2:
                    Mds2Import mds2 = new Mds2WorkbookReader(mds2Catalogue(catalogues))
                            .read(new ByteArrayInputStream(bytes), documentId);
                    return new ImportResult(mds2.disclosure(),
                            mds2.problems().stream().map(DisclosureFormat::describe).toList());
                default:
                    JahisImport jahis = new JahisWorkbookReader(catalogues::find).read(new ByteArrayInputStream(bytes));
                    return new ImportResult(jahis.disclosure(),
                            jahis.unmapped().stream().map(DisclosureFormat::describe).toList());
            }
        } catch (InvalidDisclosureException e) {
            String problems = String.join("\n", e.problems());
            throw new UnusableFileException(new LocalizedText("JSON の内容に誤りがあります:\n" + problems,
                    "The JSON has errors:\n" + problems), e);
        } catch (UnreadableWorkbookException e) {
            throw new UnusableFileException(e.refusal().message(), e);
        } catch (Mds2LayoutException e) {
            throw new UnusableFileException(e.reason(), e);
        } catch (JahisFormNotFoundException e) {
            throw new UnusableFileException(JahisFormNotFoundException.MESSAGE, e);
        } catch (IOException e) {
            throw new UnusableFileException(WorkbookRefusal.DAMAGED.message(), e);
        }
    }

    /** Writes a disclosure; a PDF is in Japanese, like the workbooks. */
    public void write(Disclosure disclosure, Catalogue catalogue, OutputStream out) throws IOException {
        switch (this) {
            case JSON:
                out.write(new DisclosureJson().write(disclosure, catalogue));
                break;
            case MDS2:
                new Mds2WorkbookWriter(catalogue).write(disclosure, out);
                break;
            case PDF:
                new DisclosurePdfWriter(Locale.JAPANESE).write(catalogue, disclosure, out);
                break;
            default:
                new JahisWorkbookWriter().write(catalogue, disclosure, out);
        }
    }

    private static LocalizedText describe(Mds2ImportProblem problem) {
        return new LocalizedText(problem.row() + "行目: " + problem.message().ja(),
                "row " + problem.row() + ": " + problem.message().en());
    }

    private static LocalizedText describe(JahisUnmapped unmapped) {
        return new LocalizedText(
                "シート「" + unmapped.sheet() + "」のセル " + unmapped.cell() + "「" + unmapped.value() + "」: "
                        + unmapped.reason().message().ja(),
                "sheet " + unmapped.sheet() + ", cell " + unmapped.cell() + " \"" + unmapped.value() + "\": "
                        + unmapped.reason().message().en());
    }

    private static Catalogue mds2Catalogue(CatalogueLibrary catalogues) {
        return catalogues.find(MDS2_CATALOGUE, MDS2_VERSION)
                .orElseThrow(() -> new IllegalStateException("the built-in MDS2 catalogue is missing"));
    }
}
