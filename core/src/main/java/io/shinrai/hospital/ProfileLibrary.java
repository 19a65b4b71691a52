package io.shinrai.hospital;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
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
 * The requirement profiles an installation knows: the built-in ones, two for every built-in catalogue, and those in
 * a folder of the installation's own (one YAML file per profile version), each checked against its catalogue.
 */
public final class ProfileLibrary {

    /** Id prefixes of the two built-in profiles of a catalogue; the catalogue id follows. */
    private static final String GUIDELINE_DEFAULT = "guideline-7.0-";
    private static final String CRITICAL_INFRASTRUCTURE = "critical-infrastructure-";

    /** The built-in profiles, under {@code profiles/} on the class path. */
    static final List<String> BUILT_IN = List.of(
            "guideline-7.0-jahis-mds.yaml",
            "critical-infrastructure-jahis-mds.yaml",
            "guideline-7.0-jahis-sds.yaml",
            "critical-infrastructure-jahis-sds.yaml",
            "guideline-7.0-rss-sds.yaml",
            "critical-infrastructure-rss-sds.yaml",
            "guideline-7.0-mhlw-hospital-checklist.yaml",
            "critical-infrastructure-mhlw-hospital-checklist.yaml",
            "guideline-7.0-mhlw-vendor-checklist.yaml",
            "critical-infrastructure-mhlw-vendor-checklist.yaml",
            "guideline-7.0-mds2-2019.yaml",
            "critical-infrastructure-mds2-2019.yaml");

    private final Map<String, RequirementProfile> byKey;

    private ProfileLibrary(Map<String, RequirementProfile> byKey) {
        this.byKey = byKey;
    }

    /**
     * Loads the built-in profiles and, when {@code folder} is given, every {@code *.yaml} in it.
     *
     * @param catalogues the catalogues the profiles are checked against
     * @throws InvalidProfileException for the first file that cannot be used, or a profile version given twice
     */
    public static ProfileLibrary load(CatalogueLibrary catalogues, Path folder) throws InvalidProfileException {
        ProfileReader reader = new ProfileReader(catalogues);
        Map<String, RequirementProfile> profiles = new LinkedHashMap<>();
        for (String name : BUILT_IN) {
            try (InputStream in = ProfileLibrary.class.getResourceAsStream("/profiles/" + name)) {
                add(profiles, reader.read(in, "built-in " + name), "built-in " + name);
            } catch (IOException e) {
                throw new UncheckedIOException("the built-in profile " + name + " is missing from the build", e);
            }
        }
        if (folder != null) {
            for (Path file : yamlFiles(folder)) {
                try (InputStream in = Files.newInputStream(file)) {
                    add(profiles, reader.read(in, file.toString()), file.toString());
                } catch (IOException e) {
                    throw unreadable(file.toString(), e);
                }
            }
        }
        return new ProfileLibrary(profiles);
    }

    public List<RequirementProfile> all() {
        return List.copyOf(byKey.values());
    }

    public Optional<RequirementProfile> find(String id, String version) {
        return Optional.ofNullable(byKey.get(id + "@" + version));
    }

    /** The profiles a hospital can apply to disclosures answering this catalogue version. */
    public List<RequirementProfile> forCatalogue(Catalogue catalogue) {
        return byKey.values().stream().filter(profile -> profile.appliesTo(catalogue)).toList();
    }

    /** The built-in profile that follows guideline 7.0, for when a hospital has chosen none. */
    public Optional<RequirementProfile> guidelineDefault(Catalogue catalogue) {
        return builtIn(GUIDELINE_DEFAULT, catalogue);
    }

    /**
     * The built-in stricter profile for systems under the critical-infrastructure regime (特定機能病院 × 電子カルテ,
     * 手術部門, 集中治療部門).
     */
    public Optional<RequirementProfile> criticalInfrastructure(Catalogue catalogue) {
        return builtIn(CRITICAL_INFRASTRUCTURE, catalogue);
    }

    private Optional<RequirementProfile> builtIn(String prefix, Catalogue catalogue) {
        return forCatalogue(catalogue).stream().filter(profile -> profile.id().equals(prefix + catalogue.id()))
                .findFirst();
    }

    private static void add(Map<String, RequirementProfile> profiles, RequirementProfile profile, String source)
            throws InvalidProfileException {
        if (profiles.putIfAbsent(profile.key(), profile) != null) {
            throw new InvalidProfileException(source, List.of(new LocalizedText(
                    "プロファイル " + profile.id() + " の版 " + profile.version() + " は別のファイルですでに定義されています。",
                    "profile " + profile.id() + " version " + profile.version()
                            + " is already defined by another file")));
        }
    }

    private static List<Path> yamlFiles(Path folder) throws InvalidProfileException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            entries.forEach(files::add);
        } catch (IOException e) {
            throw unreadable(folder.toString(), e);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private static InvalidProfileException unreadable(String source, IOException e) {
        return new InvalidProfileException(source, List.of(new LocalizedText(
                "読み込めません: " + e.getMessage(), "cannot be read: " + e.getMessage())));
    }
}
