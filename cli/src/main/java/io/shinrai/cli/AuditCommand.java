package io.shinrai.cli;

import io.shinrai.audit.ChainExport;
import io.shinrai.audit.ChainVerdict;
import io.shinrai.audit.InvalidChainExportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The audit trail, checked away from the server that keeps it. */
@Command(name = "audit", description = "The audit trail (DICOM A.5, FHIR AuditEvent, syslog) that the server keeps.",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand {

    @Command(name = "verify", description = "Verify an exported audit chain (shinrai-audit-chain/1, from "
            + "GET /api/v1/platform/audit/chain): names the first altered, inserted or deleted record. Exit code 0 "
            + "when intact, 1 when not, 2 when the file is no chain.")
    static final class Verify implements Callable<Integer> {

        @Spec
        private CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "the exported chain")
        private Path file;
        @Option(names = "--fingerprint", paramLabel = "SHA256",
                description = "the SHA-256 fingerprint of the repository's certificate, as its verification page "
                        + "shows it; without it the certificate in the file is trusted")
        private String fingerprint;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ChainExport.Verified verified;
            try (InputStream in = Files.newInputStream(file)) {
                verified = ChainExport.verify(in, Optional.ofNullable(fingerprint).map(String::strip));
            } catch (InvalidChainExportException notAChain) {
                spec.commandLine().getErr().println(file + ": " + notAChain.getMessage());
                return DisclosureCommand.UNUSABLE;
            }
            if (verified.verdict() instanceof ChainVerdict.Intact intact) {
                out.printf("%s: intact, %d records (%d to %d), %d signed checkpoints match, %d of them time-stamped%n",
                        file, intact.records(), intact.firstSequence(), intact.lastSequence(), intact.checkpoints(),
                        intact.timeStamped());
            } else {
                ChainVerdict.Broken broken = (ChainVerdict.Broken) verified.verdict();
                out.printf("%s: %s at record %d: %s%n", file, broken.kind(), broken.firstSequence(),
                        broken.detail());
            }
            if (fingerprint == null) {
                out.println("Key trusted from the file itself: " + verified.keyFingerprint()
                        + " (compare it with the fingerprint on the server's verification page)");
            }
            return verified.verdict() instanceof ChainVerdict.Intact ? 0 : 1;
        }
    }
}
