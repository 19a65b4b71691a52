package io.shinrai.cli;

import io.shinrai.crypto.DetachedSignature;
import io.shinrai.crypto.SignatureVerdict;
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
            + "ECDSA P-384 key; writes FILE.p7s beside it (a detached CAdES-BES signature).")
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
            Path signature = file.resolveSibling(file.getFileName() + ".p7s");
            Files.write(signature, DetachedSignature.sign(Files.readAllBytes(file), identity, Instant.now()));
            spec.commandLine().getOut().println("Wrote " + signature);
            return 0;
        }
    }

    @Command(name = "verify", description = "Check a detached signature: names the signer and says whether the "
            + "file changed since it was signed. Exit code 0 when valid, 1 when not.")
    static final class Verify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", description = "the signed file")
        private Path file;
        @Parameters(index = "1", arity = "0..1", paramLabel = "SIGNATURE",
                description = "the .p7s; FILE.p7s when not given")
        private Path signature;

        @Override
        public Integer call() throws IOException {
            Path p7s = signature != null ? signature : file.resolveSibling(file.getFileName() + ".p7s");
            SignatureVerdict verdict = DetachedSignature.verify(Files.readAllBytes(file), Files.readAllBytes(p7s));
            PrintWriter out = spec.commandLine().getOut();
            verdict.signer().ifPresent(signer -> out.println("Signer: " + signer.subject()
                    + " (certificate SHA-256 " + signer.sha256Fingerprint() + ")"));
            verdict.signingTime().ifPresent(time -> out.println("Signed at: " + time));
            out.println(verdict.valid() ? "Valid: the file has not changed since it was signed."
                    : "NOT valid: " + verdict.reason());
            return verdict.valid() ? 0 : 1;
        }
    }
}
