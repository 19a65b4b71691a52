package io.shinrai.server.psirt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** The files of a report form or API call, refused by count and size before any is read into memory. */
final class SentFiles {

    private SentFiles() {
    }

    static List<SentFile> read(List<MultipartFile> parts) {
        List<MultipartFile> chosen = parts == null ? List.of()
                : parts.stream().filter(part -> !part.isEmpty()).toList();
        if (chosen.size() > VulnerabilityReports.MOST_FILES) {
            throw new RefusedReportException("psirt.tooManyFiles");
        }
        if (chosen.stream().anyMatch(part -> part.getSize() > VulnerabilityReports.LARGEST_FILE)) {
            throw new RefusedReportException("psirt.fileTooLarge");
        }
        List<SentFile> files = new ArrayList<>();
        for (MultipartFile part : chosen) {
            try {
                files.add(new SentFile(part.getOriginalFilename(), part.getBytes()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return files;
    }
}
