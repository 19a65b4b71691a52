package io.shinrai.cli;

import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.crypto.TimeStampAuthority;
import io.shinrai.dicom.Attributes;
import io.shinrai.dicom.DataElement;
import io.shinrai.dicom.DicomSigningKey;
import io.shinrai.dicom.DigitalSignatures;
import io.shinrai.dicom.Location;
import io.shinrai.dicom.MacAlgorithm;
import io.shinrai.dicom.Part10File;
import io.shinrai.dicom.Part10Reader;
import io.shinrai.dicom.Part10Writer;
import io.shinrai.dicom.SignatureCheck;
import io.shinrai.dicom.SignaturePurpose;
import io.shinrai.dicom.SignatureProfile;
import io.shinrai.dicom.SignatureRequest;
import io.shinrai.dicom.SigningRefusedException;
import io.shinrai.dicom.Tag;
import io.shinrai.dicom.TrustStore;
import io.shinrai.dicom.UnreadableDicomException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** DICOM digital signatures (PS3.15 Annex C) on files and folders of files. */
@Command(name = "dicom", description = "DICOM digital signatures (PS3.15 Annex C) on files and folders.",
        subcommands = {DicomCommand.Sign.class, DicomCommand.Verify.class, DicomCommand.Remove.class,
                DicomCommand.Dump.class})
final class DicomCommand {

    /** Exit code when a signature is not valid, or a file could not be signed. */
    static final int INVALID = 1;
    /** Exit code when a file is not a readable DICOM file, or the keys or certificates are not usable. */
    static final int UNUSABLE = 2;

    private DicomCommand() {
    }

    @Command(name = "sign", description = "Add a signature to each file, in place or into --output. RSA keys make "
            + "Base RSA signatures (or --profile creator|authorization|sr); ECDSA P-256/P-384 and Ed25519 keys make "
            + "signatures of Shinrai's crypto-agility extension, which no DICOM profile defines yet. A file that "
            + "cannot be signed is left as it was. Exit code 0 when all were signed, 1 when some were refused, "
            + "2 when a file or the key is unusable.")
    static final class Sign implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "DICOM files, or folders to sign every file in")
        private List<Path> paths;
        @Option(names = "--key", required = true, paramLabel = "KEY.pem", description = "the private key (PEM)")
        private Path key;
        @Option(names = "--cert", required = true, paramLabel = "CERT.pem", description = "the signer's certificate")
        private Path certificate;
        @Option(names = "--mac", defaultValue = "SHA256", paramLabel = "SHA256|SHA384|SHA512",
                description = "MAC algorithm (default ${DEFAULT-VALUE})")
        private MacAlgorithm mac;
        @Option(names = "--profile", paramLabel = "base|creator|authorization|sr",
                description = "RSA signature profile; base for RSA keys when not given")
        private String profile;
        @Option(names = "--tag", paramLabel = "gggg,eeee", description = "sign only these elements (and what the "
                + "profile requires); every signable element when not given")
        private List<String> tags = List.of();
        @Option(names = "--item", paramLabel = "LOCATION", description = "sign inside this sequence item, e.g. "
                + "(0040,A730)[0]; the main data set when not given")
        private String item = "";
        @Option(names = "--purpose", paramLabel = "1-18", description = "Digital Signature Purpose code "
                + "(ASTM E2084), e.g. 1 author, 5 verification, 14 source")
        private String purpose;
        @Option(names = "--timestamp-url", paramLabel = "URL", description = "an RFC 3161 time-stamping authority "
                + "(HTTP) that adds a Certified Timestamp to each signature; a file it cannot stamp is not signed")
        private URI timeStampAuthority;
        @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "write signed copies here instead "
                + "of replacing the files")
        private Path output;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            SignatureRequest request;
            try {
                request = request();
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return UNUSABLE;
            }
            Batch batch = Batch.of(paths, err);
            int worst = batch.missing() ? UNUSABLE : 0;
            for (Batch.Entry entry : batch.entries()) {
                try {
                    Part10File signed = DigitalSignatures.sign(read(entry.file()), request);
                    Path target = entry.target(output);
                    writeSafely(target, Part10Writer.write(signed));
                    batch.progress(spec.commandLine().getOut(), entry, "signed" + (target.equals(entry.file()) ? ""
                            : " -> " + target));
                } catch (UnreadableDicomException e) {
                    batch.progress(err, entry, "not signed, unreadable: " + e.getMessage());
                    worst = Math.max(worst, UNUSABLE);
                } catch (SigningRefusedException e) {
                    batch.progress(err, entry, "not signed: " + e.getMessage());
                    worst = Math.max(worst, INVALID);
                }
            }
            return worst;
        }

        private SignatureRequest request() throws IOException {
            DicomSigningKey signingKey = DicomSigningKey.of(
                    SigningIdentityPem.readPrivateKey(Files.readString(key, StandardCharsets.US_ASCII)),
                    firstCertificate(certificate));
            SignatureProfile chosen = profile == null ? SignatureRequest.everything(signingKey, Instant.now()).profile()
                    : switch (profile.toLowerCase(Locale.ROOT)) {
                        case "base" -> SignatureProfile.BASE_RSA;
                        case "creator" -> SignatureProfile.CREATOR_RSA;
                        case "authorization" -> SignatureProfile.AUTHORIZATION_RSA;
                        case "sr" -> SignatureProfile.STRUCTURED_REPORT_RSA;
                        default -> throw new IllegalArgumentException(
                                "--profile is base, creator, authorization or sr");
                    };
            SignatureRequest request = new SignatureRequest(signingKey, mac, chosen,
                    tags.stream().map(Tag::parse).toList(), Location.parse(item),
                    Optional.ofNullable(purpose).map(SignaturePurpose::of), Instant.now());
            return timeStampAuthority == null ? request
                    : request.timeStampedBy(new TimeStampAuthority(timeStampAuthority, Duration.ofSeconds(30)));
        }
    }

    @Command(name = "verify", description = "Check every signature in each file, those in sequence items too: "
            + "valid, invalid (changed or damaged), untrusted (no --trust certificate vouches for the signer) or "
            + "expired. Exit code 0 when no signature is invalid, 1 when one is (or, with --require-signature, a "
            + "file has none), 2 when a file is unreadable.")
    static final class Verify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "DICOM files, or folders to check every file in")
        private List<Path> paths;
        @Option(names = "--trust", paramLabel = "CERT.pem", description = "trusted certificates (PEM, any number "
                + "per file): a signer is trusted when one of them issued its certificate or is it")
        private List<Path> trusted = List.of();
        @Option(names = "--require-signature", description = "count a file without any signature as a failure")
        private boolean requireSignature;
        @Option(names = "--json", description = "print the results as JSON")
        private boolean json;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            TrustStore trust;
            try {
                trust = trustStore();
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return UNUSABLE;
            }
            JsonMapper mapper = JsonMapper.builder().build();
            ArrayNode results = mapper.createArrayNode();
            Batch batch = Batch.of(paths, err);
            int worst = batch.missing() ? UNUSABLE : 0;
            for (Batch.Entry entry : batch.entries()) {
                ObjectNode result = results.addObject().put("file", entry.file().toString());
                List<SignatureCheck> checks;
                try {
                    checks = DigitalSignatures.verify(read(entry.file()), trust, Instant.now());
                } catch (UnreadableDicomException e) {
                    result.put("error", e.getMessage());
                    batch.progress(err, entry, "unreadable: " + e.getMessage());
                    worst = Math.max(worst, UNUSABLE);
                    continue;
                }
                boolean failed = checks.stream().anyMatch(check -> check.outcome() == SignatureCheck.Outcome.INVALID)
                        || requireSignature && checks.isEmpty();
                if (failed) {
                    worst = Math.max(worst, INVALID);
                }
                ArrayNode signatures = result.putArray("signatures");
                checks.forEach(check -> describe(signatures.addObject(), check));
                PrintWriter progress = json ? err : out;
                batch.progress(progress, entry, checks.isEmpty() ? "no signatures" : checks.size() + " signature(s)");
                if (!json) {
                    checks.forEach(check -> print(out, check));
                }
            }
            if (json) {
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results));
            }
            return worst;
        }

        private TrustStore trustStore() throws IOException {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Path file : trusted) {
                certificates.addAll(SigningIdentityPem.readCertificates(
                        Files.readString(file, StandardCharsets.US_ASCII)));
            }
            return new TrustStore(certificates, certificates);
        }

        private static void print(PrintWriter out, SignatureCheck check) {
            out.printf("  %-9s %s  %s%n", check.outcome(), check.location(), check.uid());
            check.signer().ifPresent(signer -> out.println("            signer: " + signer.subject()
                    + " (certificate SHA-256 " + signer.sha256Fingerprint() + ")"));
            check.scheme().ifPresent(scheme -> out.println("            " + scheme.label() + " with "
                    + check.mac().map(MacAlgorithm::definedTerm).orElse("?")
                    + (scheme.extension() ? " (Shinrai extension, not a DICOM profile)" : "")
                    + check.dateTime().map(time -> ", signed " + time).orElse("")));
            check.timeStamp().ifPresent(stamp -> out.println("            time-stamped "
                    + stamp.time().map(Instant::toString).orElse("?") + " by "
                    + stamp.authority().orElse("an unknown authority") + ": " + stamp.outcome().reason()));
            out.println("            covers " + check.signedTags().size() + " element(s); " + check.reason());
        }

        private static void describe(ObjectNode node, SignatureCheck check) {
            node.put("location", check.location().toString());
            node.put("uid", check.uid());
            node.put("outcome", check.outcome().name().toLowerCase(Locale.ROOT));
            node.put("reason", check.reason());
            check.mac().ifPresent(mac -> node.put("mac", mac.definedTerm()));
            check.scheme().ifPresent(scheme -> node.put("algorithm", scheme.label())
                    .put("extension", scheme.extension()));
            check.dateTime().ifPresent(time -> node.put("dateTime", time));
            check.signer().ifPresent(signer -> node.put("signer", signer.subject())
                    .put("certificateSha256", signer.sha256Fingerprint()));
            check.timeStamp().ifPresent(stamp -> {
                ObjectNode timeStamp = node.putObject("timeStamp");
                timeStamp.put("outcome", stamp.outcome().name().toLowerCase(Locale.ROOT));
                stamp.time().ifPresent(time -> timeStamp.put("time", time.toString()));
                stamp.authority().ifPresent(authority -> timeStamp.put("authority", authority));
            });
            ArrayNode tags = node.putArray("signedTags");
            check.signedTags().forEach(tag -> tags.add(tag.toString()));
        }
    }

    @Command(name = "remove", description = "Remove signatures, in place or into --output: every one, or the one "
            + "--uid names. Exit code 0, or 2 when a file is unreadable.")
    static final class Remove implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "DICOM files, or folders")
        private List<Path> paths;
        @Option(names = "--uid", paramLabel = "UID", description = "the Digital Signature UID to remove")
        private String uid;
        @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "write copies here instead")
        private Path output;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Batch batch = Batch.of(paths, err);
            int worst = batch.missing() ? UNUSABLE : 0;
            for (Batch.Entry entry : batch.entries()) {
                try {
                    Part10File file = read(entry.file());
                    Part10File cleared = uid == null ? DigitalSignatures.removeAll(file)
                            : DigitalSignatures.remove(file, uid);
                    writeSafely(entry.target(output), Part10Writer.write(cleared));
                    batch.progress(spec.commandLine().getOut(), entry, "signatures removed");
                } catch (UnreadableDicomException e) {
                    batch.progress(err, entry, "unreadable: " + e.getMessage());
                    worst = UNUSABLE;
                }
            }
            return worst;
        }
    }

    @Command(name = "dump", description = "Print the data elements of a DICOM file, nested items indented.")
    static final class Dump implements Callable<Integer> {

        private static final int SHOWN_BYTES = 32;

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the DICOM file")
        private Path file;

        @Override
        public Integer call() throws IOException {
            Part10File read;
            try {
                read = read(file);
            } catch (UnreadableDicomException e) {
                spec.commandLine().getErr().println(file + ": " + e.getMessage());
                return UNUSABLE;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("# transfer syntax " + read.transferSyntax().uid());
            print(out, read.meta(), "");
            print(out, read.dataSet(), "");
            return 0;
        }

        private static void print(PrintWriter out, Attributes attributes, String indent) {
            for (DataElement element : attributes.elements()) {
                if (element instanceof DataElement.Value value) {
                    out.println(indent + element.tag() + " " + element.vr() + " " + shown(value));
                } else if (element instanceof DataElement.Sequence sequence) {
                    out.println(indent + element.tag() + " SQ " + sequence.items().size() + " item(s)");
                    for (int i = 0; i < sequence.items().size(); i++) {
                        out.println(indent + "  item " + i);
                        print(out, sequence.items().get(i).attributes(), indent + "    ");
                    }
                } else if (element instanceof DataElement.Fragments fragments) {
                    out.println(indent + element.tag() + " " + element.vr() + " encapsulated, "
                            + fragments.fragments().size() + " item(s)");
                }
            }
        }

        private static String shown(DataElement.Value value) {
            byte[] bytes = value.bytes();
            boolean text = switch (value.vr()) {
                case AE, AS, CS, DA, DS, DT, IS, LO, LT, PN, SH, ST, TM, UC, UI, UR, UT -> true;
                default -> false;
            };
            if (text) {
                return "[" + new String(bytes, StandardCharsets.ISO_8859_1).replaceAll("[\\s\\x00]+$", "") + "]";
            }
            String hex = HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, SHOWN_BYTES));
            return bytes.length + " bytes: " + hex + (bytes.length > SHOWN_BYTES ? " ..." : "");
        }
    }

    static Part10File read(Path file) throws IOException, UnreadableDicomException {
        return new Part10Reader().read(Files.readAllBytes(file));
    }

    /** Writes beside the target and moves into place, so a failure never leaves half a file. */
    static void writeSafely(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".shinrai-", ".dcm");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static X509Certificate firstCertificate(Path file) throws IOException {
        List<X509Certificate> certificates = SigningIdentityPem.readCertificates(
                Files.readString(file, StandardCharsets.US_ASCII));
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(file + ": holds no PEM certificate");
        }
        return certificates.get(0);
    }

    /** The files the paths name, folders walked, with the counter the progress lines show. */
    record Batch(List<Entry> entries, boolean missing) {

        record Entry(Path root, Path file, int number, int total) {

            Path target(Path output) {
                if (output == null) {
                    return file;
                }
                Path relative = root.equals(file) ? file.getFileName() : root.relativize(file);
                return output.resolve(relative.toString());
            }
        }

        static Batch of(List<Path> paths, PrintWriter err) throws IOException {
            List<Path> roots = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            boolean missing = false;
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> walk = Files.walk(path)) {
                        walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                            roots.add(path);
                            files.add(file);
                        });
                    }
                } else if (Files.isRegularFile(path)) {
                    roots.add(path);
                    files.add(path);
                } else {
                    err.println(path + ": no such file or folder");
                    missing = true;
                }
            }
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                entries.add(new Entry(roots.get(i), files.get(i), i + 1, files.size()));
            }
            return new Batch(entries, missing);
        }

        void progress(PrintWriter to, Entry entry, String what) {
            to.printf("[%d/%d] %s: %s%n", entry.number(), entry.total(), entry.file(), what);
        }
    }
}
