package io.shinrai.crypto;

import java.security.Principal;
import java.security.cert.Certificate;
import java.util.List;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;

/** A session as its engine reports it, but with the id of the connection: see {@link ObservedEngine}. */
final class ConnectionSession extends ExtendedSSLSession {

    private final SSLSession delegate;
    private final byte[] id;

    ConnectionSession(SSLSession delegate, byte[] id) {
        this.delegate = delegate;
        this.id = id;
    }

    boolean wraps(SSLSession session) {
        return delegate == session;
    }

    @Override
    public byte[] getId() {
        return id.clone();
    }

    @Override
    public String[] getLocalSupportedSignatureAlgorithms() {
        return delegate instanceof ExtendedSSLSession extended
                ? extended.getLocalSupportedSignatureAlgorithms() : new String[0];
    }

    @Override
    public String[] getPeerSupportedSignatureAlgorithms() {
        return delegate instanceof ExtendedSSLSession extended
                ? extended.getPeerSupportedSignatureAlgorithms() : new String[0];
    }

    @Override
    public List<SNIServerName> getRequestedServerNames() {
        return delegate instanceof ExtendedSSLSession extended ? extended.getRequestedServerNames() : List.of();
    }

    @Override
    public SSLSessionContext getSessionContext() {
        return delegate.getSessionContext();
    }

    @Override
    public long getCreationTime() {
        return delegate.getCreationTime();
    }

    @Override
    public long getLastAccessedTime() {
        return delegate.getLastAccessedTime();
    }

    @Override
    public void invalidate() {
        delegate.invalidate();
    }

    @Override
    public boolean isValid() {
        return delegate.isValid();
    }

    @Override
    public void putValue(String name, Object value) {
        delegate.putValue(name, value);
    }

    @Override
    public Object getValue(String name) {
        return delegate.getValue(name);
    }

    @Override
    public void removeValue(String name) {
        delegate.removeValue(name);
    }

    @Override
    public String[] getValueNames() {
        return delegate.getValueNames();
    }

    @Override
    public Certificate[] getPeerCertificates() throws SSLPeerUnverifiedException {
        return delegate.getPeerCertificates();
    }

    @Override
    public Certificate[] getLocalCertificates() {
        return delegate.getLocalCertificates();
    }

    @SuppressWarnings("removal")
    @Override
    public javax.security.cert.X509Certificate[] getPeerCertificateChain() throws SSLPeerUnverifiedException {
        return delegate.getPeerCertificateChain();
    }

    @Override
    public Principal getPeerPrincipal() throws SSLPeerUnverifiedException {
        return delegate.getPeerPrincipal();
    }

    @Override
    public Principal getLocalPrincipal() {
        return delegate.getLocalPrincipal();
    }

    @Override
    public String getCipherSuite() {
        return delegate.getCipherSuite();
    }

    @Override
    public String getProtocol() {
        return delegate.getProtocol();
    }

    @Override
    public String getPeerHost() {
        return delegate.getPeerHost();
    }

    @Override
    public int getPeerPort() {
        return delegate.getPeerPort();
    }

    @Override
    public int getPacketBufferSize() {
        return delegate.getPacketBufferSize();
    }

    @Override
    public int getApplicationBufferSize() {
        return delegate.getApplicationBufferSize();
    }
}
