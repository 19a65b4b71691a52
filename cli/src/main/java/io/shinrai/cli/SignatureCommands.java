package io.shinrai.cli;

import io.shinrai.crypto.DetachedSignature;
import io.shinrai.crypto.SignatureVerdict;
import io.shinrai.crypto.SignedContainer;
import io.shinrai.crypto.SigningIdentity;
import io.shinrai.crypto.SigningIdentityPem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Detached CAdES-BES signatures over exported disclosures (any file: JSON or workbook). */
final class SignatureCommands {

    private SignatureCommands() {
    }

    @Command(name = "sign", description = "Sign an exported disclosure (JSON or workbook) with the organisation's "
            + "ECDSA P-384 key; writes FILE.p7s beside it (a detached CAdES-BES signature), or with --container "
            + "one FILE.signed.zip holding both (ASiC-S).")
    static final class Sign implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the file to sign")
        private Path file;
        @Option(names = "--key", required = true, paramLabel = "KEY.pem", description = "PKCS#8 private key (PEM)")
        private Path key;
        @Option(names = "--cert", required = true, paramLabel = "CERT.pem",
                description = "the signer's certificate, then any chain (PEM)")
        private Path certificate;
        @Option(names = "--container", description = "write the file and its signature as one ASiC-S zip")
        private boolean container;

        @Override
        public Integer call() throws IOException {
            SigningIdentity identity;
            try {
                identity = SigningIdentityPem.read(Files.readString(key, StandardCharsets.US_ASCII),
                        Files.readString(certificate, StandardCharsets.US_ASCII));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(key + ", " + certificate + ": " + e.getMessage());
                return DisclosureCommand.UNUSABLE;
            }
            byte[] document = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            Path written = file.resolveSibling(name + (container ? ".signed.zip" : ".p7s"));
            Files.write(written, container
                    ? SignedContainer.sign(name, document, identity, Instant.now()).toBytes()
                    : DetachedSignature.sign(document, identity, Instant.now()));
            spec.commandLine().getOut().println("Wrote " + written);
            return 0;
        }
    }

    @Command(name = "verify", description = "Check a detached signature or a signed container: names the signer "
            + "and says whether the file changed since it was signed. Exit code 0 when valid, 1 when not.")
    static final class Verify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", description = "the signed file, or a signed container (.zip)")
        private Path file;
        @Parameters(index = "1", arity = "0..1", paramLabel = "SIGNATURE",
                description = "the .p7s; FILE.p7s when not given")
        private Path signature;

        @Override
        public Integer call() throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            SignatureVerdict verdict;
            PrintWriter out = spec.commandLine().getOut();
            if (signature == null && SignedContainer.looksLikeOne(bytes)
                    && !Files.exists(file.resolveSibling(file.getFileName() + ".p7s"))) {
                try {
                    SignedContainer container = SignedContainer.read(bytes);
                    out.println("Document: " + container.documentName());
                    verdict = container.verify();
                } catch (SignedContainer.UnusableContainerException e) {
                    spec.commandLine().getErr().println(file + ": " + e.problem().reason());
                    return DisclosureCommand.UNUSABLE;
                }
            } else {
                Path p7s = signature != null ? signature : file.resolveSibling(file.getFileName() + ".p7s");
                verdict = DetachedSignature.verify(bytes, Files.readAllBytes(p7s));
            }
            verdict.signer().ifPresent(signer -> out.println("Signer: " + signer.subject()
                    + " (certificate SHA-256 " + signer.sha256Fingerprint() + ")"));
            verdict.signingTime().ifPresent(time -> out.println("Signed at: " + time));
            out.println(verdict.valid() ? "Valid: the file has not changed since it was signed."
                    : "NOT valid: " + verdict.reason());
            return verdict.valid() ? 0 : 1;
        }
    }
}
