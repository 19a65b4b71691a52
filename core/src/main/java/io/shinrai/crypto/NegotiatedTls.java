package io.shinrai.crypto;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.jsse.BCSSLConnection;
import org.bouncycastle.jsse.BCSSLEngine;
import org.bouncycastle.jsse.BCSSLSocket;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsContext;

/** What one handshake settled on: protocol version, cipher suite and key-exchange group. */
public record NegotiatedTls(String protocol, String cipherSuite, String namedGroup) {

    /**
     * Stands for a group that was not recorded: Bouncy Castle's TLS layer records the group of TLS 1.3 handshakes only;
     * a TLS 1.2 ECDHE suite still names the kind of key exchange.
     */
    public static final String UNKNOWN_GROUP = "-";

    public boolean hybrid() {
        return TlsPolicy.HYBRID_GROUP.equals(namedGroup);
    }

    public static NegotiatedTls of(SSLEngine engine) {
        return of(engine.getSession(), ((BCSSLEngine) engine).getConnection());
    }

    public static NegotiatedTls of(SSLSocket socket) {
        return of(socket.getSession(), ((BCSSLSocket) socket).getConnection());
    }

    private static NegotiatedTls of(SSLSession session, BCSSLConnection connection) {
        return new NegotiatedTls(session.getProtocol(), session.getCipherSuite(), group(connection));
    }

    /**
     * Bouncy Castle's JSSE API does not name the negotiated group (JDK's neither), but its TLS layer does; the
     * provider's connection object keeps that layer behind a non-public accessor, read here.
     */
    private static String group(BCSSLConnection connection) {
        if (connection == null) {
            return UNKNOWN_GROUP;
        }
        try {
            Method accessor = connection.getClass().getDeclaredMethod("getTlsContext");
            accessor.setAccessible(true);
            SecurityParameters parameters = ((TlsContext) accessor.invoke(connection)).getSecurityParametersConnection();
            int group = parameters == null ? -1 : parameters.getNegotiatedGroup();
            return group < 0 ? UNKNOWN_GROUP : NamedGroup.getName(group);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return UNKNOWN_GROUP;
        }
    }
}
