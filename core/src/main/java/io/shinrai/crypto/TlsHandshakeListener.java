package io.shinrai.crypto;

/** Told of every completed server handshake, on the thread that completed it. */
@FunctionalInterface
public interface TlsHandshakeListener {

    /**
     * @param connection the hexadecimal id that the engine's session reports as its id from then on, so that a
     *                   container showing "the SSL session id" to the application shows this connection
     */
    void completed(String connection, NegotiatedTls negotiated);
}
