package io.shinrai.crypto;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.jsse.BCSSLSocket;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * A Bouncy Castle JSSE context whose every engine and socket follows one {@link TlsPolicy}: the only way Shinrai makes
 * TLS connections, so that HTTPS, syslog and the maintenance relay cannot drift apart.
 */
public final class TlsContext {

    /** Bouncy Castle's JSSE over its own JCA provider, passed explicitly like {@link BouncyCastle#PROVIDER}. */
    private static final BouncyCastleJsseProvider JSSE = new BouncyCastleJsseProvider(BouncyCastle.PROVIDER);

    private static final char[] NO_PASSWORD = new char[0];

    private final SSLContext context;
    private final TlsPolicy policy;

    private TlsContext(SSLContext context, TlsPolicy policy) {
        this.context = context;
        this.policy = policy;
    }

    public static TlsContext server(TlsIdentity identity, TlsPolicy policy) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", identity.privateKey(), NO_PASSWORD,
                    identity.chain().toArray(X509Certificate[]::new));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX", JSSE);
            keyManagers.init(keys, NO_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS", JSSE);
            context.init(keyManagers.getKeyManagers(), null, new SecureRandom());
            return new TlsContext(context, policy);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Bouncy Castle JSSE cannot take the key of " + identity, e);
        }
    }

    /** A client that trusts exactly the given certificates as anchors. */
    public static TlsContext client(List<X509Certificate> trustAnchors, TlsPolicy policy) {
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            for (int i = 0; i < trustAnchors.size(); i++) {
                anchors.setCertificateEntry("anchor-" + i, trustAnchors.get(i));
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX", JSSE);
            trustManagers.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS", JSSE);
            context.init(null, trustManagers.getTrustManagers(), new SecureRandom());
            return new TlsContext(context, policy);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Bouncy Castle JSSE cannot take the trust anchors", e);
        }
    }

    public TlsPolicy policy() {
        return policy;
    }

    public SSLEngine serverEngine() {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        return policy.applyTo(engine);
    }

    /** A client engine without host-name checking: for in-memory peers such as the handshake benchmark. */
    public SSLEngine clientEngine() {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(true);
        return policy.applyTo(engine);
    }

    /** A server engine for a container: it keeps to the policy whatever the container sets, and reports handshakes. */
    public SSLEngine serverEngine(TlsHandshakeListener listener) {
        return new ObservedEngine(serverEngine(), policy, listener);
    }

    public SSLParameters supportedParameters() {
        return context.getSupportedSSLParameters();
    }

    public SSLSessionContext serverSessions() {
        return context.getServerSessionContext();
    }

    /**
     * The server side of TLS over a connection a plain server socket accepted, its handshake not yet done. Taking
     * plain sockets lets a listener present a replaced certificate from its next connection on.
     */
    public SSLSocket serverSocket(Socket accepted) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(accepted, null, true);
        socket.setUseClientMode(false);
        return policy.applyTo(socket);
    }

    /** A client connection that checks the server's certificate against the host name, its handshake done. */
    public SSLSocket connect(String host, int port) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(host, port);
        try {
            policy.applyTo(socket);
            BCSSLSocket bc = (BCSSLSocket) socket;
            var parameters = bc.getParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            bc.setParameters(parameters);
            socket.startHandshake();
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
