package io.shinrai.server.tls;

import io.shinrai.crypto.TlsPolicy;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Adds an HTTPS connector beside the HTTP one when shinrai.tls.https-port is set. */
@Component
class HttpsConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String LISTENER = "https";

    private final TlsProperties properties;
    private final ServerCertificate certificate;
    private final RecentHandshakes handshakes;

    HttpsConnector(TlsProperties properties, ServerCertificate certificate, RecentHandshakes handshakes) {
        this.properties = properties;
        this.certificate = certificate;
        this.handshakes = handshakes;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (properties.httpsPort() == null) {
            return;
        }
        // read or generated now, so that an unreadable key stops the start instead of the first connection
        certificate.identity();
        Connector connector = new Connector(Http11NioProtocol.class.getName());
        connector.setPort(properties.httpsPort());
        connector.setScheme("https");
        connector.setSecure(true);
        connector.setProperty("SSLEnabled", "true");

        SSLHostConfig host = new SSLHostConfig();
        // Tomcat narrows the engine to these too; the engine keeps to the policy whatever Tomcat sets
        host.setProtocols(String.join("+", TlsPolicy.HYBRID.protocols()));
        host.setCiphers(String.join(":", TlsPolicy.HYBRID.cipherSuites()));
        host.setHonorCipherOrder(true);
        SSLHostConfigCertificate presented = new SSLHostConfigCertificate(host,
                SSLHostConfigCertificate.Type.UNDEFINED);
        presented.setSslContext(new TomcatTlsContext(certificate, handshakes.of(LISTENER)));
        host.addCertificate(presented);
        connector.addSslHostConfig(host);
        factory.addAdditionalConnectors(connector);
    }
}
