package io.shinrai.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.shinrai.audit.ChainedRecord;
import io.shinrai.audit.MessageFormat;
import io.shinrai.audit.Validity;
import io.shinrai.server.ShinraiTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The syslog receivers on free ports of the loopback interface, fed by a plain socket and by real senders. */
@ShinraiTest
class SyslogReceiverTest {

    @Autowired
    AuditReception reception;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditRepository repository;
    @Autowired
    MeterRegistry meters;

    private SyslogBatcher batcher;
    private SyslogTcpReceiver tcp;
    private SyslogUdpReceiver udp;
    private long headBefore;

    @BeforeEach
    void listen() {
        headBefore = repository.head().sequence();
        batcher = new SyslogBatcher(reception, trail, new AuditProperties.Syslog(null, null, null, null, 50,
                Duration.ofMillis(50)), meters);
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        tcp = new SyslogTcpReceiver(loopback, batcher, SyslogTransport.PLAIN);
        udp = new SyslogUdpReceiver(loopback, batcher);
    }

    @AfterEach
    void stop() throws Exception {
        tcp.close();
        udp.close();
        batcher.close();
    }

    static String atnaMessage(String user) {
        String xml = AuditMessages.patientRecordRead(user, "P-" + user, "10.1.2.3").replaceAll("\\s*\n\\s*", " ");
        return "<85>1 2026-11-20T09:15:02+09:00 ehr01 EHR 77 IHE+RFC-3881 - " + xml;
    }


    /** Waits until a record whose bytes hold the text is committed. */
    private ChainedRecord committed(String text) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<ChainedRecord> found = repository.after(headBefore, 10_000).stream()
                    .filter(record -> new String(record.record().raw(), StandardCharsets.UTF_8).contains(text))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no record holding " + text + " was committed");
    }

    private double rejected(String reason) {
        var counter = meters.find("shinrai.audit.syslog.rejected").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void sendersTricklingBytesOrFloodingFromOneAddressDoNotKeepOthersOut() throws Exception {
        Duration allowance = Duration.ofSeconds(1);
        try (SyslogTcpReceiver paced = new SyslogTcpReceiver(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), batcher, SyslogTransport.PLAIN,
                allowance)) {
            InetAddress attacker = InetAddress.getByName("127.0.0.2");
            double refusedBefore = rejected("too-many-from-sender");
            double slowBefore = rejected("slow");
            List<Socket> flood = new ArrayList<>();
            try {
                for (int i = 0; i < SyslogTcpReceiver.MAX_CONNECTIONS_PER_SENDER + 4; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), paced.port(), attacker, 0);
                    socket.getOutputStream().write('1');
                    flood.add(socket);
                }
                String honest = "honest-" + UUID.randomUUID();
                try (Socket sender = new Socket(InetAddress.getLoopbackAddress(), paced.port())) {
                    sender.getOutputStream().write(AuditMessages.octetCounted(atnaMessage(honest)));
                }
                assertThat(committed(honest)).isNotNull();

                Socket trickle = flood.get(0);
                trickle.getOutputStream().write("00 <".getBytes(StandardCharsets.US_ASCII));
                long started = System.nanoTime();
                assertThat(trickleUntilClosed(trickle, Duration.ofSeconds(10)))
                        .as("a sender that never completes a frame is cut off however often it sends a byte")
                        .isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            } finally {
                for (Socket socket : flood) {
                    socket.close();
                }
            }
            assertThat(rejected("too-many-from-sender") - refusedBefore).isGreaterThanOrEqualTo(4);
            assertThat(rejected("slow") - slowBefore).isGreaterThanOrEqualTo(1);
        }
    }

    /** Sends a byte of the frame every 200 ms, far too slowly to finish it; true once the receiver has closed. */
    private static boolean trickleUntilClosed(Socket socket, Duration atMost) throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < end) {
            try {
                socket.getOutputStream().write('x');
                socket.getOutputStream().flush();
            } catch (IOException closed) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void keepsOctetCountedAtnaMessagesAndSurvivesAnOversizedOne() throws Exception {
        String first = "tcp-" + UUID.randomUUID();
        String second = "tcp-" + UUID.randomUUID();
        double oversizedBefore = rejected("oversized");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), tcp.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(AuditMessages.octetCounted(atnaMessage(first)));
            out.write(((SyslogTcpReceiver.MAX_FRAME + 1) + " ").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[SyslogTcpReceiver.MAX_FRAME + 1]);
            out.write(AuditMessages.octetCounted(atnaMessage(second)));
        }

        ChainedRecord kept = committed(first);
        assertThat(kept.record().format()).isEqualTo(MessageFormat.DICOM_XML);
        assertThat(kept.record().validity()).isEqualTo(Validity.VALID);
        assertThat(kept.record().origin()).startsWith("syslog-tcp 127.0.0.1");
        assertThat(kept.record().summary().patientIds()).containsExactly("P-" + first);
        assertThat(committed(second).sequence()).isGreaterThan(kept.sequence());
        assertThat(rejected("oversized")).isEqualTo(oversizedBefore + 1);
    }

    @Test
    void aMessageThatIsNotRfc5424IsKeptAsUnreadable() throws Exception {
        String marker = "bsd-" + UUID.randomUUID();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), tcp.port())) {
            socket.getOutputStream().write(("<13>Nov 20 09:15:02 host app: " + marker + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        ChainedRecord kept = committed(marker);
        assertThat(kept.record().validity()).isEqualTo(Validity.UNREADABLE);
        assertThat(kept.record().problems()).containsExactly("syslog: not RFC 5424 (version Nov)");
    }

    @Test
    void loggerSendsOverTcpAndUdp() throws Exception {
        if (!RealSender.available("logger")) {
            System.out.println("logger (bsdutils) is not installed: test skipped");
            return;
        }
        String overTcp = "logger-tcp-" + UUID.randomUUID();
        String overUdp = "logger-udp-" + UUID.randomUUID();
        RealSender.run(List.of("logger", "--rfc5424", "--tcp", "--octet-count", "-n", "127.0.0.1", "-P",
                String.valueOf(tcp.port()), "--msgid", "IHE+RFC-3881", "-t", "EHR",
                    AuditMessages.atnaXml(overTcp)));
        RealSender.run(List.of("logger", "--rfc5424", "--udp", "-n", "127.0.0.1", "-P",
                String.valueOf(udp.port()), "--msgid", "IHE+RFC-3881", "-t", "EHR",
                    AuditMessages.atnaXml(overUdp)));

        ChainedRecord tcpRecord = committed(overTcp);
        assertThat(tcpRecord.record().validity()).isEqualTo(Validity.VALID);
        assertThat(tcpRecord.record().summary().userId()).isEqualTo(overTcp);
        ChainedRecord udpRecord = committed(overUdp);
        assertThat(udpRecord.record().origin()).startsWith("syslog-udp 127.0.0.1");
        assertThat(udpRecord.record().summary().userId()).isEqualTo(overUdp);
    }

    @Test
    void rsyslogForwardsWhatItReceives(@TempDir Path folder) throws Exception {
        if (!RealSender.available("rsyslogd") || !RealSender.available("logger")) {
            System.out.println("rsyslogd (Debian package rsyslog) or logger is not installed: test skipped");
            return;
        }
        int rsyslogPort = RealSender.freeLoopbackPort();
        Process rsyslog = RealSender.rsyslog(folder, """
                global(workDirectory="%s")
                module(load="imtcp")
                input(type="imtcp" address="127.0.0.1" port="%d")
                action(type="omfwd" target="127.0.0.1" port="%d" protocol="tcp" TCP_Framing="octet-counted"
                       template="RSYSLOG_SyslogProtocol23Format")
                """.formatted(folder, rsyslogPort, tcp.port()));
        try {
            RealSender.awaitListening(rsyslogPort);
            String forwarded = "rsyslog-" + UUID.randomUUID();
            RealSender.loggerOverTcp(rsyslogPort, AuditMessages.atnaXml(forwarded));

            ChainedRecord kept = committed(forwarded);
            assertThat(kept.record().format()).isEqualTo(MessageFormat.DICOM_XML);
            assertThat(kept.record().validity()).as(kept.record().problems().toString()).isEqualTo(Validity.VALID);
            assertThat(kept.record().summary().userId()).isEqualTo(forwarded);
        } finally {
            rsyslog.destroy();
            rsyslog.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
