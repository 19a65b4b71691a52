package io.shinrai.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Whatever a client sends first, it is a greeting with a well-formed token that reads back the same, or refused. */
class RelayGreetingFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyFirstLineIsAGreetingOrRefused(FuzzedDataProvider data) throws IOException {
        byte[] bytes = data.consumeRemainingAsBytes();
        ByteArrayInputStream input = new ByteArrayInputStream(bytes);
        try {
            RelayGreeting greeting = RelayGreeting.read(input);
            byte[] again = greeting.bytes();
            assertThat(again.length).isLessThanOrEqualTo(RelayGreeting.MAX_BYTES);
            // nothing after the line was taken: it belongs to the target
            assertThat(bytes.length - input.available()).isEqualTo(again.length);
        } catch (MalformedGreetingException refused) {
            // a clear refusal is a correct answer
        }
    }
}
