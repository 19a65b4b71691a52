package io.shinrai.bench;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.Disclosure;
import io.shinrai.disclosure.excel.JahisImport;
import io.shinrai.disclosure.excel.JahisWorkbookReader;
import io.shinrai.disclosure.excel.JahisWorkbookWriter;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Files per second of exporting filled MDS disclosures to workbooks in the JAHIS layout and of importing them back,
 * one file after another on one thread. Each direction makes one untimed pass over all files to warm up, then one
 * timed pass. Every import, in both passes, is checked against the disclosure it was written from.
 *
 * <p>Not a JMH benchmark: a pass is minutes of file work, and {@code bench/workbooks} runs it beside openpyxl
 * loading the same files. Usage: {@code WorkbookThroughput <folder> [count]}; the workbooks stay in the folder.
 */
public final class WorkbookThroughput {

    private static final String CATALOGUE = "jahis-mds";
    private static final String VERSION = "5.0";

    private final Catalogue catalogue;
    private final List<Disclosure> disclosures;
    private final Path folder;
    private final JahisWorkbookWriter writer = new JahisWorkbookWriter();
    private final JahisWorkbookReader reader;

    private WorkbookThroughput(CatalogueLibrary library, Catalogue catalogue, int count, Path folder) {
        this.catalogue = catalogue;
        FilledDisclosures filled = new FilledDisclosures(catalogue);
        this.disclosures = IntStream.rangeClosed(1, count).mapToObj(filled::number).toList();
        this.folder = folder;
        this.reader = new JahisWorkbookReader(library::find);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: WorkbookThroughput <folder> [count, default 1000]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        int count = args.length == 2 ? Integer.parseInt(args[1]) : 1000;
        CatalogueLibrary library = CatalogueLibrary.load(null);
        Catalogue catalogue = library.find(CATALOGUE, VERSION)
                .orElseThrow(() -> new IllegalStateException("no built-in catalogue " + CATALOGUE + "@" + VERSION));
        WorkbookThroughput throughput = new WorkbookThroughput(library, catalogue, count, folder);

        throughput.exportAll();
        double exportSeconds = timed(throughput::exportAll);
        System.out.printf(Locale.ROOT, "workbooks %d of %s, %.1f KB on average, in %s%n", count,
                catalogue.key(), throughput.averageKilobytes(), folder);
        report("export", count, exportSeconds);
        throughput.importAll();
        report("import", count, timed(throughput::importAll));
    }

    private void exportAll() throws Exception {
        for (int index = 0; index < disclosures.size(); index++) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file(index)))) {
                writer.write(catalogue, disclosures.get(index), out);
            }
        }
    }

    private void importAll() throws Exception {
        for (int index = 0; index < disclosures.size(); index++) {
            JahisImport imported;
            try (InputStream in = Files.newInputStream(file(index))) {
                imported = reader.read(in);
            }
            if (!imported.isComplete() || imported.catalogueFromWorkbook()
                    || !imported.disclosure().equals(disclosures.get(index))) {
                throw new IllegalStateException(file(index) + " does not read back to the disclosure it was written"
                        + " from; cells not taken over: " + imported.unmapped());
            }
        }
    }

    private double averageKilobytes() throws Exception {
        long bytes = 0;
        for (int index = 0; index < disclosures.size(); index++) {
            bytes += Files.size(file(index));
        }
        return bytes / 1024.0 / disclosures.size();
    }

    private Path file(int index) {
        return folder.resolve(String.format(Locale.ROOT, "mds-%05d.xlsx", index + 1));
    }

    private static double timed(Pass pass) throws Exception {
        long start = System.nanoTime();
        pass.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void report(String what, int files, double seconds) {
        System.out.printf(Locale.ROOT, "%s %d files in %.2f s: %.1f files/s%n", what, files, seconds,
                files / seconds);
    }

    private interface Pass {
        void run() throws Exception;
    }
}
