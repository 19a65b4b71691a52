package io.shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyslogMessageTest {

    @Test
    void readsTheHeaderOfAnAtnaMessage() throws Exception {
        byte[] frame = ("<85>1 2026-11-20T09:15:02.5+09:00 ehr01.example.jp EHR 4711 IHE+RFC-3881 "
                + "[origin ip=\"10.1.2.3\" note=\"a ] and \\\" inside\"][meta sequenceId=\"7\"] \uFEFF<AuditMessage/>")
                .getBytes(StandardCharsets.UTF_8);

        SyslogMessage message = SyslogMessage.parse(frame);

        assertThat(message.facility()).isEqualTo(10);
        assertThat(message.severity()).isEqualTo(5);
        assertThat(message.timestamp()).isEqualTo(Instant.parse("2026-11-20T00:15:02.5Z"));
        assertThat(message.hostname()).isEqualTo("ehr01.example.jp");
        assertThat(message.appName()).isEqualTo("EHR");
        assertThat(message.procId()).isEqualTo("4711");
        assertThat(message.carriesAuditMessage()).isTrue();
        assertThat(message.structuredData())
                .isEqualTo("[origin ip=\"10.1.2.3\" note=\"a ] and \\\" inside\"][meta sequenceId=\"7\"]");
        assertThat(new String(message.content(), StandardCharsets.UTF_8)).isEqualTo("<AuditMessage/>");
    }

    @Test
    void leftOutFieldsAreAbsent() throws Exception {
        SyslogMessage message = SyslogMessage.parse("<13>1 - - - - - -".getBytes(StandardCharsets.US_ASCII));

        assertThat(message.timestamp()).isNull();
        assertThat(message.hostname()).isNull();
        assertThat(message.msgId()).isNull();
        assertThat(message.structuredData()).isNull();
        assertThat(message.content()).isEmpty();
    }

    @Test
    void refusesWhatIsNotRfc5424() {
        assertThatThrownBy(() -> SyslogMessage.parse("<13>Nov 20 09:15:02 host app: BSD style".getBytes()))
                .isInstanceOf(MalformedSyslogException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> SyslogMessage.parse("<192>1 - - - - - -".getBytes()))
                .hasMessageContaining("PRI");
        assertThatThrownBy(() -> SyslogMessage.parse("<13>1 yesterday h a p m -".getBytes()))
                .hasMessageContaining("TIMESTAMP");
        assertThatThrownBy(() -> SyslogMessage.parse("<13>1 - h a p m [open".getBytes()))
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> SyslogMessage.parse("<13>1 - h".getBytes()))
                .hasMessageContaining("header ends");
    }
}
