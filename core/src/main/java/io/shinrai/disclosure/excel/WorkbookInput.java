package io.shinrai.disclosure.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens workbooks that come from outside, refusing what is not a plain .xlsx before any cell is read: other
 * formats, password-protected and macro-enabled workbooks, files over the size limit and zip bombs. Apache POI's
 * XML parsing does not resolve external entities.
 */
public final class WorkbookInput {

    /** The largest workbook accepted; real disclosures are a few hundred kilobytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private WorkbookInput() {
    }

    public static XSSFWorkbook open(InputStream in) throws UnreadableWorkbookException, IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableWorkbookException(WorkbookRefusal.TOO_LARGE, null);
        }
        if (startsWith(bytes, OLE2)) {
            // an encrypted .xlsx is an OLE2 container; so is an old .xls, which the message also fits
            throw new UnreadableWorkbookException(isEncryptedOoxml(bytes) ? WorkbookRefusal.ENCRYPTED
                    : WorkbookRefusal.NOT_XLSX, null);
        }
        if (!startsWith(bytes, ZIP)) {
            throw new UnreadableWorkbookException(WorkbookRefusal.NOT_XLSX, null);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (InvalidFormatException | UnsupportedFileFormatException | EmptyFileException e) {
            throw new UnreadableWorkbookException(declaresDoctype(e) ? WorkbookRefusal.SUSPICIOUS
                    : WorkbookRefusal.NOT_XLSX, e);
        } catch (IOException e) {
            throw refusalFor(e);
        }
        try {
            if (!pkg.getPartsByContentType(MACRO_WORKBOOK).isEmpty()) {
                throw new UnreadableWorkbookException(WorkbookRefusal.MACRO_ENABLED, null);
            }
            return new XSSFWorkbook(pkg);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw refusalFor(e);
        } catch (UnreadableWorkbookException e) {
            pkg.revert();
            throw e;
        }
    }

    private static UnreadableWorkbookException refusalFor(Exception e) {
        String message = String.valueOf(e.getMessage());
        boolean bomb = message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceeds");
        return new UnreadableWorkbookException(bomb || declaresDoctype(e) ? WorkbookRefusal.SUSPICIOUS
                : WorkbookRefusal.DAMAGED, e);
    }

    /** POI's parsers refuse any DOCTYPE, so no entity is resolved; a part that declares one is an XXE attempt. */
    private static boolean declaresDoctype(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("DOCTYPE is disallowed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEncryptedOoxml(byte[] bytes) {
        // OLE2 directory entries are UTF-16LE names; an encrypted OOXML file holds "EncryptionInfo"
        byte[] name = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i + name.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + name.length, name, 0, name.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
