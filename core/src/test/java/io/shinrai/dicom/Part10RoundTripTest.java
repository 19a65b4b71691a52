package io.shinrai.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reading a real file and writing it back gives the same bytes, in every transfer syntax the folder holds. */
class Part10RoundTripTest {

    private final Part10Reader reader = new Part10Reader();

    @Test
    void everySharedFileIsWrittenBackByteForByte() throws Exception {
        for (Path path : SharedDicomFiles.all()) {
            byte[] original = Files.readAllBytes(path);
            Part10File file = reader.read(original);
            if (file.transferSyntax().deflated()) {
                Part10File again = reader.read(Part10Writer.write(file));
                assertThat(Part10Writer.write(again)).as(path.toString()).isEqualTo(Part10Writer.write(file));
            } else {
                assertThat(Part10Writer.write(file)).as(path.toString()).isEqualTo(original);
            }
        }
    }
}
