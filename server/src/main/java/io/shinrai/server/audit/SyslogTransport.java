package io.shinrai.server.audit;

import io.shinrai.crypto.NegotiatedTls;
import io.shinrai.crypto.TlsHandshakeListener;
import io.shinrai.server.tls.ServerCertificate;
import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;

/** What a syslog TCP connection runs over: plain TCP (RFC 6587) or TLS (RFC 5425) with the server's TLS policy. */
interface SyslogTransport {

    /** How the TLS transport is named among the recent handshakes of every listener. */
    String TLS_LISTENER = "syslog-tls";

    SyslogTransport PLAIN = new SyslogTransport() {
        @Override
        public String name() {
            return "syslog-tcp";
        }

        @Override
        public Socket open(Socket accepted) {
            return accepted;
        }
    };

    /** Names the transport in each record's origin and in log lines. */
    String name();

    /** The connection to read frames from; for TLS, once its handshake is done. */
    Socket open(Socket accepted) throws IOException;

    static SyslogTransport tls(ServerCertificate certificate, TlsHandshakeListener handshakes) {
        return new SyslogTransport() {
            @Override
            public String name() {
                return TLS_LISTENER;
            }

            @Override
            public Socket open(Socket accepted) throws IOException {
                SSLSocket socket = certificate.context().serverSocket(accepted);
                socket.startHandshake();
                handshakes.completed(accepted.getInetAddress().getHostAddress() + ":" + accepted.getPort(),
                        NegotiatedTls.of(socket));
                return socket;
            }
        };
    }
}
