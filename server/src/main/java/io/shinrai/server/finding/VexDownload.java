package io.shinrai.server.finding;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A VEX document as a JSON download, for the manufacturer and for the hospitals that installed the version. */
public final class VexDownload {

    private VexDownload() {
    }

    public static ResponseEntity<byte[]> of(String fileName, byte[] json) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(json);
    }
}
