package io.shinrai.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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
                // deflating again may choose other compressed bytes; the data set inside must be the same
                Part10File again = reader.read(Part10Writer.write(file));
                assertThat(encoded(again)).as(path.toString()).isEqualTo(encoded(file));
            } else {
                assertThat(Part10Writer.write(file)).as(path.toString()).isEqualTo(original);
            }
        }
    }

    private static byte[] encoded(Part10File file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataSetEncoder.forFile(out, file.transferSyntax()).write(file.dataSet());
        return out.toByteArray();
    }
}
