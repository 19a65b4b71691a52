package io.shinrai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyslogSpoolTest {

    @TempDir
    Path folder;

    private static byte[] text(String message) {
        return message.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(SyslogSpool.Batch batch) {
        return batch.messages().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }

    @Test
    void messagesWaitInOrderAcrossARestartUntilSent() throws Exception {
        SyslogSpool spool = new SyslogSpool(folder);
        spool.add(text("<110>1 first ログイン"));
        spool.add(text("<110>1 second"));

        SyslogSpool afterRestart = new SyslogSpool(folder);
        SyslogSpool.Batch batch = afterRestart.waiting();
        assertThat(texts(batch)).containsExactly("<110>1 first ログイン", "<110>1 second");

        afterRestart.add(text("<110>1 third"));
        afterRestart.sent(batch);
        assertThat(texts(new SyslogSpool(folder).waiting())).containsExactly("<110>1 third");
    }

    @Test
    void whenEverythingIsSentTheSpoolIsEmptied() throws Exception {
        SyslogSpool spool = new SyslogSpool(folder);
        spool.add(text("<110>1 only"));
        spool.sent(spool.waiting());

        assertThat(spool.waiting().isEmpty()).isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFrameCutShortByACrashIsDroppedAndWhatFollowsIsKept() throws Exception {
        new SyslogSpool(folder).add(text("<110>1 whole"));
        Files.write(folder.resolve("frames"), text("40 <110>1 cut"), StandardOpenOption.APPEND);

        SyslogSpool afterCrash = new SyslogSpool(folder);
        afterCrash.add(text("<110>1 next"));

        assertThat(texts(afterCrash.waiting())).containsExactly("<110>1 whole", "<110>1 next");
    }
}
