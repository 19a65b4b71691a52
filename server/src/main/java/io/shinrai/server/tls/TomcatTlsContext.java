package io.shinrai.server.tls;

import io.shinrai.crypto.TlsHandshakeListener;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;
import org.apache.tomcat.util.net.SSLContext;

/**
 * Tomcat's view of the server's TLS context: engines come from the current {@link ServerCertificate}, so an imported
 * certificate takes effect for the next connection without a restart, and every handshake is recorded.
 */
final class TomcatTlsContext implements SSLContext {

    private final ServerCertificate certificate;
    private final TlsHandshakeListener listener;

    TomcatTlsContext(ServerCertificate certificate, TlsHandshakeListener listener) {
        this.certificate = certificate;
        this.listener = listener;
    }

    @Override
    public void init(KeyManager[] keyManagers, TrustManager[] trustManagers, SecureRandom random) {
        // the context is made from the server certificate, not from Tomcat's key managers
    }

    @Override
    public void destroy() {
        // nothing is held beyond the server certificate, which outlives the connector
    }

    @Override
    public SSLSessionContext getServerSessionContext() {
        return certificate.context().serverSessions();
    }

    @Override
    public SSLEngine createSSLEngine() {
        return certificate.context().serverEngine(listener);
    }

    /** Never asked for: the NIO connector only makes engines, and a socket factory would bypass the TLS policy. */
    @Override
    public SSLServerSocketFactory getServerSocketFactory() {
        throw new UnsupportedOperationException("the HTTPS connector takes TLS engines only");
    }

    @Override
    public SSLParameters getSupportedSSLParameters() {
        return certificate.context().supportedParameters();
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return certificate.identity().chain().toArray(X509Certificate[]::new);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
