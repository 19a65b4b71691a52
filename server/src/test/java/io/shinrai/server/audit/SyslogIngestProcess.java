package io.shinrai.server.audit;

import io.shinrai.server.ShinraiServer;
import org.springframework.boot.SpringApplication;

/**
 * The whole server in a process of its own, receiving syslog on the port given, with its commits logged: the
 * process that the durability test kills.
 */
public final class SyslogIngestProcess {

    private SyslogIngestProcess() {
    }

    public static void main(String[] args) {
        String databaseUrl = args[0];
        String schema = args[1];
        String syslogPort = args[2];
        SpringApplication.run(ShinraiServer.class,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.flyway.schemas=" + schema,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--shinrai.audit.syslog.tcp-port=" + syslogPort,
                "--shinrai.audit.syslog.batch-size=100",
                "--shinrai.audit.syslog.batch-delay=20ms",
                "--logging.level.root=WARN",
                "--logging.level.io.shinrai.server.audit.SyslogBatcher=DEBUG");
    }
}
