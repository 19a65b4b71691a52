package io.shinrai.crypto;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A real RFC 3161 time-stamping authority for tests: OpenSSL's {@code ts -reply} behind an HTTP listener on
 * loopback, with a CA and a TSA certificate made by OpenSSL in {@code dir}. {@link #tamper} lets a test change the
 * authority's answers, for example to replay an earlier one.
 */
public final class OpenSslTimeStampAuthority implements AutoCloseable {

    private final Path dir;
    private final HttpServer server;
    private final AtomicReference<UnaryOperator<byte[]>> tampering = new AtomicReference<>(UnaryOperator.identity());

    private OpenSslTimeStampAuthority(Path dir) throws IOException {
        this.dir = dir;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            byte[] answer;
            try {
                Files.write(dir.resolve("request.tsq"), exchange.getRequestBody().readAllBytes());
                openssl(dir, "ts", "-reply", "-config", "tsa.cnf", "-queryfile", "request.tsq",
                        "-out", "response.tsr");
                answer = tampering.get().apply(Files.readAllBytes(dir.resolve("response.tsr")));
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public static boolean available() {
        try {
            return new ProcessBuilder("openssl", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes the CA, the authority's key and certificate (extended key usage timeStamping, critical) and starts. */
    public static OpenSslTimeStampAuthority start(Path dir) throws IOException {
        openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384", "-nodes",
                "-keyout", "ca.key", "-out", "ca.pem", "-days", "30", "-subj", "/O=Test Trust Services/CN=Test Root CA");
        openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "tsa.key",
                "-out", "tsa.csr", "-subj", "/O=Test Trust Services/CN=Test Time-Stamping Authority");
        Files.writeString(dir.resolve("tsa.ext"), "extendedKeyUsage = critical,timeStamping\n");
        openssl(dir, "x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "30", "-extfile", "tsa.ext", "-out", "tsa.pem");
        Files.writeString(dir.resolve("serial"), "01\n");
        Files.writeString(dir.resolve("tsa.cnf"), """
                [ tsa ]
                default_tsa = tsa_config
                [ tsa_config ]
                serial = serial
                crypto_device = builtin
                signer_cert = tsa.pem
                certs = ca.pem
                signer_key = tsa.key
                signer_digest = sha256
                default_policy = 1.3.6.1.4.1.99999.1
                digests = sha256, sha384, sha512
                accuracy = secs:1
                ordering = yes
                tsa_name = yes
                ess_cert_id_chain = no
                ess_cert_id_alg = sha256
                """);
        return new OpenSslTimeStampAuthority(dir);
    }

    public URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/tsa");
    }

    public X509Certificate rootCertificate() {
        try (var in = Files.newInputStream(dir.resolve("ca.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path rootCertificateFile() {
        return dir.resolve("ca.pem");
    }

    /** From now on, every answer passes through {@code change} before it is sent. */
    public void tamper(UnaryOperator<byte[]> change) {
        tampering.set(change);
    }

    /** Runs {@code openssl ARGS} in the authority's folder, failing with OpenSSL's output when it fails. */
    public String openssl(String... args) {
        return openssl(dir, args);
    }

    private static String openssl(Path dir, String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("openssl"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("openssl " + String.join(" ", args) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
