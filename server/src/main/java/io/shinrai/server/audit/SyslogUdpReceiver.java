package io.shinrai.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Arrays;

/** Syslog over UDP (RFC 5426): one message per datagram, whose payload is the message without framing. */
class SyslogUdpReceiver implements AutoCloseable {

    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramSocket socket;
    private final SyslogBatcher batcher;
    private final Thread reader;

    SyslogUdpReceiver(InetSocketAddress address, SyslogBatcher batcher) {
        this.batcher = batcher;
        try {
            socket = new DatagramSocket(address);
            socket.setReceiveBufferSize(4 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for syslog over UDP on " + address, e);
        }
        reader = new Thread(this::read, "syslog-udp");
        reader.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void read() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException closed) {
                return;
            }
            batcher.offer("syslog-udp " + packet.getAddress().getHostAddress(),
                    Arrays.copyOfRange(packet.getData(), packet.getOffset(), packet.getOffset() + packet.getLength()));
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
