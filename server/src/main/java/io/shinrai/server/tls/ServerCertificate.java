package io.shinrai.server.tls;

import io.shinrai.crypto.LocalTlsAuthority;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsIdentity;
import io.shinrai.crypto.TlsIdentityFiles;
import io.shinrai.crypto.TlsPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key and certificate chain that every TLS listener presents, kept as PEM files in one directory. When the
 * directory holds none, a local P-384 authority and a server certificate are generated into it and reused from then
 * on; its certificate (ca.pem) is what a browser imports to trust the server.
 */
@Component
public class ServerCertificate {

    static final String KEY_FILE = "server-key.pem";
    static final String CHAIN_FILE = "server.pem";
    static final String AUTHORITY_FILE = "ca.pem";

    private static final Logger LOG = LoggerFactory.getLogger(ServerCertificate.class);
    private static final Duration GENERATED_VALIDITY = Duration.ofDays(397);

    private final TlsProperties properties;
    private final Clock clock;
    private final AtomicReference<Presented> presented = new AtomicReference<>();

    ServerCertificate(TlsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public TlsIdentity identity() {
        return presented().identity();
    }

    /** The server context of the current identity under the policy of every listener. */
    public TlsContext context() {
        return presented().context();
    }

    private record Presented(TlsIdentity identity, TlsContext context) {
    }

    private Presented presented() {
        Presented current = presented.get();
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (presented.get() == null) {
                use(readOrGenerate());
            }
            return presented.get();
        }
    }

    /** The local authority's certificate when the server certificate was generated here. */
    public Optional<String> localAuthorityPem() {
        // the authority is made with the first server certificate, which may not have been needed yet
        presented();
        Path file = properties.directory().resolve(AUTHORITY_FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores and presents a new identity; connections already open keep the one they have. */
    public synchronized void replace(TlsIdentity replacement) {
        write(replacement);
        try {
            Files.deleteIfExists(properties.directory().resolve(AUTHORITY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        use(replacement);
    }

    private void use(TlsIdentity next) {
        presented.set(new Presented(next, TlsContext.server(next, TlsPolicy.HYBRID)));
        X509Certificate certificate = next.certificate();
        LOG.info("TLS certificate: subject={} issuer={} notAfter={}", certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getNotAfter().toInstant());
    }

    private TlsIdentity readOrGenerate() {
        Path directory = properties.directory();
        Path key = directory.resolve(KEY_FILE);
        Path chain = directory.resolve(CHAIN_FILE);
        try {
            if (Files.isRegularFile(key) && Files.isRegularFile(chain)) {
                return TlsIdentityFiles.readPem(Files.readString(key, StandardCharsets.US_ASCII),
                        Files.readString(chain, StandardCharsets.US_ASCII));
            }
            // clients judge the certificate by their own clocks, so its validity starts by the system's
            LocalTlsAuthority authority = LocalTlsAuthority.generate("Shinrai", properties.hostNames(),
                    GENERATED_VALIDITY, Instant.now().minus(Duration.ofMinutes(5)));
            write(authority.server());
            replaceFile(directory.resolve(AUTHORITY_FILE),
                    TlsIdentityFiles.certificatesPem(List.of(authority.authority())));
            LOG.info("Generated a local certificate authority and server certificate for {} in {}",
                    properties.hostNames(), directory.toAbsolutePath());
            return authority.server();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the TLS files in " + directory.toAbsolutePath(), e);
        }
    }

    private void write(TlsIdentity next) {
        try {
            Files.createDirectories(properties.directory());
            replaceFile(properties.directory().resolve(KEY_FILE), TlsIdentityFiles.privateKeyPem(next));
            replaceFile(properties.directory().resolve(CHAIN_FILE), TlsIdentityFiles.certificatesPem(next.chain()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Written beside and moved into place, so that a crash never leaves half a key; readable by the owner only. */
    private static void replaceFile(Path file, String text) throws IOException {
        Path written = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(written, text, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions; its own access control applies
        }
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** For every platform page: whether the certificate needs renewing soon. */
    public CertificateStatus status() {
        return CertificateStatus.of(identity().certificate(), clock.instant(), properties.expiryWarning());
    }
}
