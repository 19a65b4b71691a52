package io.shinrai.sbom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * SPDX 2.2 and 2.3 tag-value, read line by line: each package is a component, given to the visitor when the next
 * section (package, file, snippet, licence) begins or the file ends. Multi-line values between {@code <text>} and
 * {@code </text>} are kept only up to the length of any kept text; lines are capped.
 */
public final class SpdxTagValueReader implements SbomReader {

    static final int MAX_LINE = 64 * 1024;
    /** Free texts that may be long and are not kept: comments, copyright, licence texts, descriptions. */
    private static final Pattern IGNORED_LONG_TAGS =
            Pattern.compile(".*(Comment|CopyrightText|ExtractedText|Description|Summary|Attribution.*|Notice.*)");

    @Override
    public SbomDocument read(InputStream in, SbomVisitor visitor) throws InvalidSbomException, IOException {
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new Reading(new TagValueLines(text), visitor).read();
    }

    /** One read of one file: the section it is in and the package being read. */
    private static final class Reading {

        private final TagValueLines lines;
        private final SbomVisitor visitor;
        private final Problems problems = new Problems();
        private final DocumentDraft document = new DocumentDraft(SbomFormat.SPDX_TAG_VALUE);
        private ComponentDraft pkg;
        private boolean inDocument = true;
        private boolean downloadLocation;
        private String documentId;
        private boolean created;

        Reading(TagValueLines lines, SbomVisitor visitor) {
            this.lines = lines;
            this.visitor = visitor;
        }

        SbomDocument read() throws InvalidSbomException, IOException {
            ProblemPlace top = new ProblemPlace.Line(1, 0);
            TagValueLines.Tag tag;
            while ((tag = lines.next(problems)) != null) {
                ProblemPlace at = new ProblemPlace.Line(tag.line(), 0);
                if (tag.value().length() <= JsonCursor.MAX_KEPT_TEXT) {
                    take(tag.name(), tag.value(), at);
                } else if (!IGNORED_LONG_TAGS.matcher(tag.name()).matches()) {
                    problems.add(at, SbomProblem.Kind.TOO_LARGE, JsonCursor.MAX_KEPT_TEXT + " characters");
                }
            }
            finishPackage();
            if (document.specVersion == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "SPDXVersion");
            }
            if (documentId == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "SPDXID");
            }
            if (document.name == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "DocumentName");
            }
            if (document.serialNumber == null) {
                problems.add(top, SbomProblem.Kind.MISSING, "DocumentNamespace");
            }
            if (!created) {
                problems.add(top, SbomProblem.Kind.MISSING, "Created");
            }
            problems.throwIfAny();
            SbomDocument read = document.build();
            visitor.document(read);
            return read;
        }

        private void take(String name, String value, ProblemPlace at) throws InvalidSbomException {
            switch (name) {
                case "SPDXVersion" -> {
                    document.specVersion = value;
                    if (!Spdx.SPEC_VERSIONS.contains(value)) {
                        throw problems.fatal(at, SbomProblem.Kind.UNSUPPORTED_VERSION, value);
                    }
                }
                case "DocumentName" -> document.name = value;
                case "DocumentNamespace" -> document.serialNumber = value;
                case "Creator" -> Spdx.creator(value, document, at, problems);
                case "Created" -> {
                    created = true;
                    document.timestamp(value, at, problems);
                }
                case "Relationship" -> relationship(value, at);
                case "PackageName" -> {
                    finishPackage();
                    inDocument = false;
                    pkg = new ComponentDraft(at);
                    pkg.name = value;
                }
                case "FileName", "SnippetSPDXID", "LicenseID" -> {
                    finishPackage();
                    inDocument = false;
                }
                case "SPDXID" -> {
                    if (pkg != null) {
                        pkg.ref = value;
                    } else if (inDocument) {
                        documentId = value;
                    }
                }
                default -> {
                    if (pkg != null) {
                        packageField(name, value, at);
                    }
                }
            }
        }

        private void packageField(String name, String value, ProblemPlace at) throws InvalidSbomException {
            switch (name) {
                case "PackageVersion" -> pkg.version = value;
                case "PackageSupplier" -> pkg.supplier = Spdx.party(value);
                case "PrimaryPackagePurpose" -> pkg.type = Spdx.purpose(value);
                case "ValidUntilDate" -> pkg.endOfSupport(value, at, problems);
                case "PackageDownloadLocation" -> downloadLocation = true;
                case "PackageLicenseConcluded", "PackageLicenseDeclared" ->
                        pkg.licence(Spdx.licence(value), at, problems);
                case "PackageChecksum" -> {
                    int colon = value.indexOf(':');
                    if (colon < 0) {
                        problems.add(at, SbomProblem.Kind.INVALID_VALUE, value);
                    } else {
                        Spdx.checksum(value.substring(0, colon).strip(), value.substring(colon + 1).strip(), pkg,
                                at, problems);
                    }
                }
                case "ExternalRef" -> {
                    String[] parts = value.split("\\s+", 3);
                    if (parts.length < 3) {
                        problems.add(at, SbomProblem.Kind.INVALID_VALUE, value);
                    } else {
                        Spdx.externalReference(parts[1], parts[2], pkg);
                    }
                }
                default -> {
                    // comments, copyright, download location and the like are not part of the model
                }
            }
        }

        private void relationship(String value, ProblemPlace at) throws InvalidSbomException {
            String[] parts = value.split("\\s+");
            if (parts.length != 3) {
                problems.add(at, SbomProblem.Kind.INVALID_VALUE, value);
                return;
            }
            Spdx.related(new Relationship(parts[0], parts[1], parts[2]), document, visitor, at, problems);
        }

        private void finishPackage() throws InvalidSbomException {
            if (pkg == null) {
                return;
            }
            if (pkg.ref == null) {
                problems.add(pkg.place(), SbomProblem.Kind.MISSING, "SPDXID");
            }
            if (!downloadLocation) {
                problems.add(pkg.place(), SbomProblem.Kind.MISSING, "PackageDownloadLocation");
            }
            Component component = pkg.build(pkg.place(), problems);
            if (component != null) {
                Spdx.delivered(component, document, visitor);
            }
            pkg = null;
            downloadLocation = false;
        }
    }
}
