package io.shinrai.bench;

import io.shinrai.crypto.LocalTlsAuthority;
import io.shinrai.crypto.NegotiatedTls;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsPolicy;
import java.nio.ByteBuffer;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full TLS 1.3 handshakes per second between two engines in memory (no sockets, no resumption), with the server's
 * P-384 certificate checked by the client. {@code group} is what the client offers: the hybrid X25519MLKEM768 or
 * classical x25519, against the same server policy. The peer is the JDK's own JSSE (SunJSSE), which has no ML-KEM
 * in Java 17, negotiating x25519 with the same certificate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TlsHandshakeBenchmark {

    /** Bouncy Castle's JSSE logs each connection at INFO; held here so the level is not lost with the logger. */
    private static final Logger JSSE_LOG = Logger.getLogger("org.bouncycastle.jsse");

    static {
        JSSE_LOG.setLevel(Level.WARNING);
    }

    @Param({"X25519MLKEM768", "x25519"})
    public String group;

    private TlsContext server;
    private TlsContext client;

    @Setup
    public void setUp() throws Exception {
        LocalTlsAuthority authority = LocalTlsAuthority.generate("Bench Hospital", List.of("localhost"),
                Duration.ofDays(2), Instant.now().minus(Duration.ofHours(1)));
        server = TlsContext.server(authority.server(), TlsPolicy.HYBRID);
        // secp384r1 stays listed, but without a key share: Bouncy Castle offers the ECDSA P-384 signature scheme of
        // the server's certificate only while that curve is among its groups
        TlsPolicy offered = new TlsPolicy(TlsPolicy.HYBRID.protocols(), TlsPolicy.HYBRID.cipherSuites(),
                List.of(group, "secp384r1"));
        client = TlsContext.client(List.of(authority.authority()), offered);

        SSLEngine ourServer = server.serverEngine();
        handshake(ourServer, client.clientEngine());
        NegotiatedTls ours = NegotiatedTls.of(ourServer);
        if (!ours.namedGroup().equals(group) || !"TLSv1.3".equals(ours.protocol())) {
            throw new IllegalStateException("the handshake does not measure what its name says: " + ours);
        }
    }

    /** SunJSSE on both ends with the same kind of certificate; it has a single configuration, x25519. */
    @State(Scope.Benchmark)
    public static class Peer {

        private SSLContext context;

        @Setup
        public void setUp() throws Exception {
            context = sunJsse(LocalTlsAuthority.generate("Bench Hospital", List.of("localhost"),
                    Duration.ofDays(2), Instant.now().minus(Duration.ofHours(1))));
            SSLEngine server = engine(false);
            handshake(server, engine(true));
            if (!"TLSv1.3".equals(server.getSession().getProtocol())) {
                throw new IllegalStateException("the peer did not negotiate TLS 1.3");
            }
        }

        SSLEngine engine(boolean client) {
            SSLEngine engine = context.createSSLEngine();
            engine.setUseClientMode(client);
            engine.setEnabledProtocols(new String[] {"TLSv1.3"});
            return engine;
        }
    }

    @Benchmark
    public String bouncyCastle() throws SSLException {
        SSLEngine ourServer = server.serverEngine();
        handshake(ourServer, client.clientEngine());
        return ourServer.getSession().getCipherSuite();
    }

    @Benchmark
    public String peerSunJsseX25519(Peer peer) throws SSLException {
        SSLEngine peerServer = peer.engine(false);
        handshake(peerServer, peer.engine(true));
        return peerServer.getSession().getCipherSuite();
    }

    private static void handshake(SSLEngine serverEngine, SSLEngine clientEngine) throws SSLException {
        int size = Math.max(serverEngine.getSession().getPacketBufferSize(),
                clientEngine.getSession().getPacketBufferSize());
        ByteBuffer toServer = ByteBuffer.allocate(size * 4);
        ByteBuffer toClient = ByteBuffer.allocate(size * 4);
        ByteBuffer empty = ByteBuffer.allocate(0);
        ByteBuffer sink = ByteBuffer.allocate(size * 4);
        clientEngine.beginHandshake();
        serverEngine.beginHandshake();
        for (int round = 0; round < 100; round++) {
            step(clientEngine, toClient, toServer, empty, sink);
            step(serverEngine, toServer, toClient, empty, sink);
            if (done(clientEngine) && done(serverEngine)) {
                return;
            }
        }
        throw new SSLException("the handshake did not finish");
    }

    private static boolean done(SSLEngine engine) {
        HandshakeStatus status = engine.getHandshakeStatus();
        return status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED;
    }

    private static void step(SSLEngine engine, ByteBuffer incoming, ByteBuffer outgoing, ByteBuffer empty,
            ByteBuffer sink) throws SSLException {
        incoming.flip();
        while (true) {
            HandshakeStatus status = engine.getHandshakeStatus();
            if (status == HandshakeStatus.NEED_TASK) {
                for (Runnable task = engine.getDelegatedTask(); task != null; task = engine.getDelegatedTask()) {
                    task.run();
                }
            } else if (status == HandshakeStatus.NEED_WRAP) {
                engine.wrap(empty, outgoing);
            } else if (status == HandshakeStatus.NEED_UNWRAP && incoming.hasRemaining()) {
                sink.clear();
                int before = incoming.remaining();
                engine.unwrap(incoming, sink);
                if (incoming.remaining() == before && engine.getHandshakeStatus() == HandshakeStatus.NEED_UNWRAP) {
                    break;
                }
            } else {
                break;
            }
        }
        incoming.compact();
    }

    private static SSLContext sunJsse(LocalTlsAuthority authority) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", authority.server().privateKey(), new char[0],
                authority.server().chain().toArray(X509Certificate[]::new));
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("SunX509");
        keyManagers.init(keys, new char[0]);
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("anchor", authority.authority());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX");
        trustManagers.init(anchors);
        SSLContext context = SSLContext.getInstance("TLSv1.3", "SunJSSE");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), new SecureRandom());
        return context;
    }
}
