package io.shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyslogFrameReaderTest {

    private static SyslogFrameReader reader(String stream, int max) {
        return new SyslogFrameReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), max);
    }

    private static String text(SyslogFrame frame) {
        return new String(((SyslogFrame.Message) frame).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOctetCountedAndLineFramedMessages() throws Exception {
        SyslogFrameReader frames = reader("5 hello11 line\nbreaks<13>1 plain\r\n3 end", 100);

        assertThat(text(frames.next())).isEqualTo("hello");
        assertThat(text(frames.next())).isEqualTo("line\nbreaks");
        assertThat(text(frames.next())).isEqualTo("<13>1 plain");
        assertThat(text(frames.next())).isEqualTo("end");
        assertThat(frames.next()).isNull();
    }

    @Test
    void skipsAnOversizedMessageAndReadsTheNext() throws Exception {
        SyslogFrameReader frames = reader("12 abcdefghijkl2 ok<1> too long for ten\n<2> next\n", 10);

        assertThat(frames.next()).isEqualTo(new SyslogFrame.Oversized(12));
        assertThat(text(frames.next())).isEqualTo("ok");
        assertThat(frames.next()).isEqualTo(new SyslogFrame.Oversized(20));
        assertThat(text(frames.next())).isEqualTo("<2> next");
    }

    @Test
    void aTruncatedFrameIsAnError() throws Exception {
        assertThatThrownBy(() -> reader("10 short", 100).next()).isInstanceOf(MalformedSyslogException.class)
                .hasMessage("the stream ends after 5 of 10 bytes");
        assertThatThrownBy(() -> reader("12", 100).next()).hasMessage("the stream ends inside MSG-LEN");
        assertThatThrownBy(() -> reader("1234567890 x", 100).next()).hasMessageContaining("more than 9 digits");
        assertThatThrownBy(() -> reader("50 abc", 10).next()).hasMessageContaining("over-long");
    }
}
