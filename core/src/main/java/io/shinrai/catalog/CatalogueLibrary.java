package io.shinrai.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogues an installation knows: the built-in ones, and those in a folder of the installation's own (one
 * YAML file per catalogue version), added without code.
 */
public final class CatalogueLibrary {

    /** The built-in catalogues, under {@code catalogues/} on the class path. */
    static final List<String> BUILT_IN = List.of(
            "jahis-mds.yaml",
            "jahis-sds.yaml",
            "rss-sds.yaml",
            "mhlw-hospital-checklist.yaml",
            "mhlw-vendor-checklist.yaml",
            "mds2-2019.yaml",
            "iec-81001-5-1.yaml",
            "iso-27799.yaml");

    private final Map<String, Catalogue> byKey;

    private CatalogueLibrary(Map<String, Catalogue> byKey) {
        this.byKey = byKey;
    }

    /**
     * Loads the built-in catalogues and, when {@code folder} is given, every {@code *.yaml} in it.
     *
     * @throws InvalidCatalogueException for the first file that cannot be used, or a catalogue version given twice
     */
    public static CatalogueLibrary load(Path folder) throws InvalidCatalogueException {
        CatalogueReader reader = new CatalogueReader();
        Map<String, Catalogue> catalogues = new LinkedHashMap<>();
        for (String name : BUILT_IN) {
            try (InputStream in = CatalogueLibrary.class.getResourceAsStream("/catalogues/" + name)) {
                add(catalogues, reader.read(in, "built-in " + name), "built-in " + name);
            } catch (IOException e) {
                throw new UncheckedIOException("the built-in catalogue " + name + " is missing from the build", e);
            }
        }
        if (folder != null) {
            for (Path file : yamlFiles(folder)) {
                try (InputStream in = Files.newInputStream(file)) {
                    add(catalogues, reader.read(in, file.toString()), file.toString());
                } catch (IOException e) {
                    throw new InvalidCatalogueException(file.toString(), List.of("cannot be read: " + e.getMessage()));
                }
            }
        }
        return new CatalogueLibrary(catalogues);
    }

    public List<Catalogue> all() {
        return List.copyOf(byKey.values());
    }

    /** The catalogues kept for one purpose, e.g. those offered when a disclosure is started. */
    public List<Catalogue> all(CataloguePurpose purpose) {
        return byKey.values().stream().filter(catalogue -> catalogue.purpose() == purpose).toList();
    }

    public Optional<Catalogue> find(String id, String version) {
        return Optional.ofNullable(byKey.get(id + "@" + version));
    }

    private static void add(Map<String, Catalogue> catalogues, Catalogue catalogue, String source)
            throws InvalidCatalogueException {
        if (catalogues.putIfAbsent(catalogue.key(), catalogue) != null) {
            throw new InvalidCatalogueException(source, List.of("catalogue " + catalogue.id() + " version "
                    + catalogue.version() + " is already defined by another file"));
        }
    }

    private static List<Path> yamlFiles(Path folder) throws InvalidCatalogueException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new InvalidCatalogueException(folder.toString(), List.of("cannot be read: " + e.getMessage()));
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }
}
