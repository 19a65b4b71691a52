package io.shinrai.cli;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.InvalidCatalogueException;
import io.shinrai.cli.DisclosureCommand.Input;
import io.shinrai.cli.DisclosureCommand.Read;
import io.shinrai.disclosure.SharedNote;
import io.shinrai.hospital.Gap;
import io.shinrai.hospital.GapAnalysis;
import io.shinrai.hospital.GapReport;
import io.shinrai.hospital.GapSummary;
import io.shinrai.hospital.InvalidProfileException;
import io.shinrai.hospital.ProfileLibrary;
import io.shinrai.hospital.ProfileReader;
import io.shinrai.hospital.RequirementProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code shinrai disclosure gaps}: what a hospital cannot simply take from a disclosure, by a requirement profile. */
@Command(name = "gaps", description = "Compare a disclosure with a requirement profile: unanswered items, answers "
        + "the profile does not accept, and answers it accepts only with the hospital's documented risk evaluation. "
        + "Exit code 0 without gaps, 1 with gaps, 2 when a file is not usable.")
final class GapsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;
    @Mixin
    private Input input;
    @Parameters(paramLabel = "FILE", description = "the disclosure: JSON, a JAHIS-style or an MDS2 workbook")
    private Path file;
    @Option(names = "--profile", paramLabel = "ID|FILE", description = "the id of a built-in profile (see shinrai "
            + "profile list) or a profile file; the guideline 7.0 default of the disclosure's catalogue when not given")
    private String profileName;
    @Option(names = "--json", description = "print the gaps as JSON")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Read read = input.read(file, err);
        if (read == null) {
            return DisclosureCommand.UNUSABLE;
        }
        Catalogue catalogue = read.catalogue();
        RequirementProfile profile = profile(catalogue, err);
        if (profile == null) {
            return DisclosureCommand.UNUSABLE;
        }
        if (!profile.appliesTo(catalogue)) {
            err.println(file + ": answers the catalogue " + catalogue.id() + " version " + catalogue.version()
                    + ", but the profile " + profile.key() + " is for the catalogue " + profile.catalogueId()
                    + " version " + profile.catalogueVersion());
            return DisclosureCommand.UNUSABLE;
        }
        GapReport report = new GapAnalysis(catalogue, profile).analyse(read.disclosure());
        if (json) {
            printJson(catalogue, profile, report);
        } else {
            printTable(profile, report);
        }
        return report.summary().hasGaps() ? DisclosureCommand.FINDINGS : 0;
    }

    /** The profile --profile names, or the guideline default; null, with the reason on err, when there is none. */
    private RequirementProfile profile(Catalogue catalogue, PrintWriter err) {
        try {
            CatalogueLibrary catalogues = input.library();
            if (profileName != null && Files.isRegularFile(Path.of(profileName))) {
                try (InputStream in = Files.newInputStream(Path.of(profileName))) {
                    return new ProfileReader(catalogues).read(in, profileName);
                }
            }
            ProfileLibrary profiles = ProfileLibrary.load(catalogues, null);
            Optional<RequirementProfile> found = profileName == null ? profiles.guidelineDefault(catalogue)
                    : profiles.all().stream().filter(profile -> profile.id().equals(profileName)).findFirst();
            if (found.isEmpty()) {
                err.println(profileName == null
                        ? file + ": there is no built-in profile for the catalogue " + catalogue.id() + " version "
                                + catalogue.version() + "; name a profile file with --profile"
                        : profileName + ": neither a file nor the id of a built-in profile (see shinrai profile list)");
            }
            return found.orElse(null);
        } catch (InvalidProfileException | InvalidCatalogueException | IOException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    private void printTable(RequirementProfile profile, GapReport report) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Profile %s: %s%n", profile.key(), profile.title().en());
        int refWidth = Math.max(3, report.gaps().stream().mapToInt(gap -> gap.ref().length()).max().orElse(0));
        String row = "%-" + refWidth + "s  %-21s  %-9s  %s%n";
        String indent = " ".repeat(refWidth + 2);
        if (!report.gaps().isEmpty()) {
            out.printf(row, "REF", "GAP", "ANSWER", "ITEM");
        }
        for (Gap gap : report.gaps()) {
            out.printf(row, gap.ref(), gap.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    gap.answer() == null ? "-" : gap.answer().label().en(), gap.text().en());
            if (gap.remarks() != null && !gap.remarks().isBlank()) {
                out.println(indent + "remarks: " + indented(gap.remarks(), indent));
            }
            for (SharedNote note : gap.notes()) {
                out.println(indent + "note " + note.number() + ": " + indented(note.text(), indent));
            }
        }
        GapSummary summary = report.summary();
        out.printf("%d asked: %d acceptable, %d unanswered, %d not acceptable, %d needing a risk evaluation.%n",
                summary.asked(), summary.acceptable(), summary.unanswered(), summary.notAcceptable(),
                summary.needsRiskEvaluation());
    }

    /** Remarks of several lines keep to their column. */
    private static String indented(String text, String indent) {
        return text.strip().lines().collect(Collectors.joining(System.lineSeparator() + indent + "  "));
    }

    private void printJson(Catalogue catalogue, RequirementProfile profile, GapReport report) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("catalogue", catalogue.key());
        root.put("profile", profile.key());
        GapSummary summary = report.summary();
        root.putObject("summary")
                .put("asked", summary.asked())
                .put("acceptable", summary.acceptable())
                .put("unanswered", summary.unanswered())
                .put("notAcceptable", summary.notAcceptable())
                .put("needsRiskEvaluation", summary.needsRiskEvaluation());
        ArrayNode gaps = root.putArray("gaps");
        for (Gap gap : report.gaps()) {
            ObjectNode entry = gaps.addObject();
            entry.put("ref", gap.ref());
            entry.put("kind", gap.kind().name());
            entry.put("answer", gap.answer() == null ? null : gap.answer().name());
            entry.put("remarks", gap.remarks());
            ArrayNode notes = entry.putArray("notes");
            gap.notes().forEach(note -> notes.addObject().put("number", note.number()).put("text", note.text()));
            entry.putObject("text").put("ja", gap.text().ja()).put("en", gap.text().en());
        }
        spec.commandLine().getOut().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
