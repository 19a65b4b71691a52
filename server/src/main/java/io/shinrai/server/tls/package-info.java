/**
 * TLS for every listener of the server: the certificate it presents, the HTTPS connector, and the record of recent
 * handshakes that the platform admin reads to see which connections are protected by the hybrid post-quantum group.
 */
package io.shinrai.server.tls;
