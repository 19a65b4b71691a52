package io.shinrai.audit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/** Whatever a syslog connection sends, it is split into frames and headers or refused as malformed. */
class SyslogFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyStreamIsFramedOrRefused(FuzzedDataProvider data) throws Exception {
        SyslogFrameReader frames = new SyslogFrameReader(
                new ByteArrayInputStream(data.consumeRemainingAsBytes()), 512);
        try {
            SyslogFrame frame;
            while ((frame = frames.next()) != null) {
                if (frame instanceof SyslogFrame.Message message) {
                    parse(message.bytes());
                }
            }
        } catch (MalformedSyslogException refused) {
            // a clear refusal is a correct answer
        }
    }

    private static void parse(byte[] bytes) {
        try {
            SyslogMessage.parse(bytes).content();
        } catch (MalformedSyslogException refused) {
            // a clear refusal is a correct answer
        }
    }
}
