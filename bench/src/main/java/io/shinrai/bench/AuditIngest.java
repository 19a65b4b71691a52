package io.shinrai.bench;

import io.shinrai.crypto.SigningIdentityPem;
import io.shinrai.crypto.TlsContext;
import io.shinrai.crypto.TlsPolicy;
import io.shinrai.server.ShinraiServer;
import io.shinrai.server.tls.ServerCertificate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLSocket;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sustained ingest of DICOM audit messages over syslog TLS (RFC 5425) into the audit trail, with 1 and 8 sending
 * connections, beside Debian's rsyslog receiving the same stream over TLS into a file: messages per second from the
 * first sent to the last kept, and the time from sending a message until it is kept (committed to the chain, or
 * written to rsyslog's file), p50 and p99.
 */
public final class AuditIngest {

    private static final String USAGE = "usage: AuditIngest --messages N --rsyslog-folder DIR [server arguments]";
    private static final int[] CONNECTIONS = {1, 8};

    private final PrintStream out = System.out;
    private final int messages;
    private final Path folder;

    private AuditIngest(int messages, Path folder) {
        this.messages = messages;
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || !args[0].equals("--messages") || !args[2].equals("--rsyslog-folder")) {
            System.err.println(USAGE);
            System.exit(2);
        }
        new AuditIngest(Integer.parseInt(args[1]), Path.of(args[3]))
                .run(Arrays.copyOfRange(args, 4, args.length));
        System.exit(0);
    }

    private void run(String[] databaseArguments) throws Exception {
        int shinraiPort = freePort();
        List<String> server = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--shinrai.audit.syslog.tls-port=" + shinraiPort,
                "--shinrai.tls.directory=" + folder.resolve("tls")));
        server.addAll(List.of(databaseArguments));
        try (ConfigurableApplicationContext context = SpringApplication.run(ShinraiServer.class,
                server.toArray(String[]::new))) {
            Path tls = folder.resolve("tls");
            ServerCertificate certificate = context.getBean(ServerCertificate.class);
            certificate.identity(); // made with its local authority on first use
            TlsContext client = TlsContext.client(SigningIdentityPem.readCertificates(
                    certificate.localAuthorityPem().orElseThrow()), TlsPolicy.HYBRID);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            LongSupplier chainHead = () -> jdbc.sql("select sequence from audit_chain_head where id = 1")
                    .query(Long.class).single();

            int rsyslogPort = freePort();
            Path received = folder.resolve("received.log");
            Process rsyslog = startRsyslog(tls, rsyslogPort, received);
            try {
                awaitListening(rsyslogPort);
                out.println("receiver            conns  messages  msg/s     p50 ms   p99 ms");
                for (int connections : CONNECTIONS) {
                    long before = chainHead.getAsLong();
                    report("Shinrai (audit trail)", connections, send(client, shinraiPort, connections,
                            () -> chainHead.getAsLong() - before));
                    LineCount lines = new LineCount(received);
                    report("rsyslog (file)", connections, send(client, rsyslogPort, connections, lines::count));
                }
            } finally {
                rsyslog.destroy();
            }
        }
    }

    /** One run; {@code kept} is less than {@code messages} when the receiver stopped taking them. */
    private record Run(int messages, int kept, long firstSent, long lastKept, long[] waited) {
    }

    /** A receiver that keeps nothing more for this long has stalled, and the run ends. */
    private static final long STALL_NANOS = 60_000_000_000L;

    /**
     * Sends the messages over that many connections at once while a poller notes how many are kept; the n-th
     * message sent is taken as kept once n are, which holds exactly for one connection and closely for several.
     */
    private Run send(TlsContext client, int port, int connections, LongSupplier kept) throws Exception {
        long[] sentAt = new long[messages];
        long[] keptAt = new long[messages];
        AtomicInteger sent = new AtomicInteger();
        // connections stay open until everything is kept: a receiver may drop what it has not processed when the
        // sender closes first (rsyslog's TLS driver does)
        CountDownLatch measured = new CountDownLatch(1);
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int share = messages / connections + (c < messages % connections ? 1 : 0);
            Thread sender = new Thread(() -> {
                try (SSLSocket socket = client.connect("localhost", port)) {
                    OutputStream stream = socket.getOutputStream();
                    for (int i = 0; i < share; i++) {
                        int number = sent.getAndIncrement();
                        byte[] frame = frame(number);
                        sentAt[number] = System.nanoTime();
                        stream.write(frame);
                    }
                    stream.flush();
                    measured.await();
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    throw new IllegalStateException("sending to port " + port + " failed", e);
                }
            });
            sender.start();
            senders.add(sender);
        }
        int noted = 0;
        long lastProgress = System.nanoTime();
        while (noted < messages && System.nanoTime() - lastProgress < STALL_NANOS) {
            long now = System.nanoTime();
            long count = Math.min(kept.getAsLong(), Math.min(sent.get(), messages));
            if (count > noted) {
                lastProgress = now;
            }
            while (noted < count) {
                keptAt[noted++] = now;
            }
            Thread.sleep(5);
        }
        measured.countDown();
        if (noted < messages) {
            return new Run(messages, noted, 0, 0, new long[0]);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        long[] waited = new long[messages];
        for (int i = 0; i < messages; i++) {
            waited[i] = Math.max(0, keptAt[i] - sentAt[i]);
        }
        Arrays.sort(waited);
        return new Run(messages, messages, Arrays.stream(sentAt).min().orElseThrow(), keptAt[messages - 1], waited);
    }

    private void report(String receiver, int connections, Run run) {
        if (run.kept() < run.messages()) {
            out.printf(Locale.ROOT, "%-20s %5d %9d stalled: kept %d, then nothing for a minute%n", receiver,
                    connections, run.messages(), run.kept());
            return;
        }
        double seconds = (run.lastKept() - run.firstSent()) / 1e9;
        out.printf(Locale.ROOT, "%-20s %5d %9d %8.0f %8.1f %8.1f%n", receiver, connections, run.messages(),
                run.messages() / seconds, percentile(run.waited(), 50), percentile(run.waited(), 99));
    }

    private static double percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    /** A DICOM A.5 message as a PACS sends it when someone opens a patient's images, octet-counted. */
    private static byte[] frame(int number) {
        String message = "<85>1 2026-11-27T09:15:02.000+09:00 pacs01 PACS 77 IHE+RFC-3881 - "
                + "<AuditMessage><EventIdentification EventActionCode=\"R\" "
                + "EventDateTime=\"2026-11-27T09:15:02+09:00\" "
                + "EventOutcomeIndicator=\"0\"><EventID csd-code=\"110110\" codeSystemName=\"DCM\" "
                + "originalText=\"Patient Record\"/></EventIdentification>"
                + "<ActiveParticipant UserID=\"reader" + number % 50 + "\" UserIsRequestor=\"true\" "
                + "NetworkAccessPointID=\"10.1.2." + number % 200 + "\" NetworkAccessPointTypeCode=\"2\"/>"
                + "<AuditSourceIdentification AuditSourceID=\"PACS-01\"/>"
                + "<ParticipantObjectIdentification ParticipantObjectID=\"P-" + number + "\" "
                + "ParticipantObjectTypeCode=\"1\" ParticipantObjectTypeCodeRole=\"1\">"
                + "<ParticipantObjectIDTypeCode csd-code=\"2\" codeSystemName=\"RFC-3881\" "
                + "originalText=\"Patient Number\"/></ParticipantObjectIdentification></AuditMessage>";
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        byte[] prefix = (bytes.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = Arrays.copyOf(prefix, prefix.length + bytes.length);
        System.arraycopy(bytes, 0, frame, prefix.length, bytes.length);
        return frame;
    }

    private Process startRsyslog(Path tls, int port, Path received) throws IOException {
        Path configuration = Files.writeString(folder.resolve("rsyslog.conf"), """
                global(workDirectory="%1$s" DefaultNetstreamDriver="ossl"
                       DefaultNetstreamDriverCertFile="%2$s/server.pem"
                       DefaultNetstreamDriverKeyFile="%2$s/server-key.pem")
                module(load="imtcp" StreamDriver.Name="ossl" StreamDriver.Mode="1" StreamDriver.AuthMode="anon")
                input(type="imtcp" address="127.0.0.1" port="%3$d")
                action(type="omfile" file="%4$s" template="RSYSLOG_SyslogProtocol23Format")
                """.formatted(folder, tls, port, received));
        return new ProcessBuilder("rsyslogd", "-n", "-f", configuration.toString(),
                "-i", folder.resolve("rsyslogd.pid").toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("rsyslogd.log").toFile()).start();
    }

    /** Lines rsyslog has written to its file since this count began. */
    private static final class LineCount {

        private final Path file;
        private long position;
        private long lines;

        LineCount(Path file) throws IOException {
            this.file = file;
            this.position = Files.exists(file) ? Files.size(file) : 0;
        }

        long count() {
            if (!Files.exists(file)) {
                return 0;
            }
            try (RandomAccessFile read = new RandomAccessFile(file.toFile(), "r")) {
                read.seek(position);
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = read.read(buffer)) > 0) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                    position += n;
                }
                return lines;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("rsyslogd did not start listening on " + port);
    }
}
