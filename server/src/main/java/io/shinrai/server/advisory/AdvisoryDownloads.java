package io.shinrai.server.advisory;

import io.shinrai.vuln.UnreadableAdvisoryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Advisory data downloaded on a schedule, for installations that may reach the sources: SHINRAI_ADVISORY_DOWNLOADS
 * lists {@code format=url} pairs, e.g. {@code osv=https://osv-vulnerabilities.storage.googleapis.com/Go/all.zip};
 * each is fetched every SHINRAI_ADVISORY_DOWNLOAD_EVERY and imported like an upload (only newer revisions are
 * taken). A CSAF source may be a provider's {@code provider-metadata.json}: then every document its directories list
 * is fetched and imported together (see {@link CsafProvider}). Nothing is downloaded when none is configured:
 * Shinrai works offline first.
 */
@Component
class AdvisoryDownloads {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryDownloads.class);
    /** Larger than any OSV ecosystem archive or NVD feed today. */
    static final long MAX_BYTES = 2L << 30;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One source to fetch, named as it is listed in the import history. */
    record Download(AdvisoryFormat format, URI url) {

        String source() {
            String path = url.getPath();
            String name = format.name() + " " + url.getHost() + path.substring(0, Math.max(0, path.lastIndexOf('/')));
            return name.substring(0, Math.min(name.length(), 200));
        }

        String fileName() {
            return url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        }
    }

    private final List<Download> downloads;
    private final Advisories advisories;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    AdvisoryDownloads(@Value("${shinrai.advisories.downloads:}") String downloads, Advisories advisories) {
        this.downloads = parse(downloads);
        this.advisories = advisories;
    }

    static List<Download> parse(String configured) {
        List<Download> downloads = new ArrayList<>();
        for (String pair : configured.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("SHINRAI_ADVISORY_DOWNLOADS lists format=url pairs, not " + pair);
            }
            downloads.add(new Download(AdvisoryFormat.valueOf(pair.substring(0, equals).strip()
                    .toUpperCase(Locale.ROOT)), URI.create(pair.substring(equals + 1).strip())));
        }
        return List.copyOf(downloads);
    }

    @Scheduled(fixedDelayString = "${shinrai.advisories.download-every:6h}",
            initialDelayString = "${shinrai.advisories.download-every:6h}")
    void downloadPeriodically() {
        downloadAll();
    }

    /** Fetches and imports every configured source; one that fails is logged and the rest go on. */
    List<AdvisoryImport> downloadAll() {
        List<AdvisoryImport> done = new ArrayList<>();
        for (Download download : downloads) {
            try {
                done.add(fetchAndImport(download));
            } catch (IOException | UnreadableAdvisoryException failed) {
                log.warn("advisories from {} were not imported: {}", download.url(), failed.getMessage());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return done;
            }
        }
        return done;
    }

    private AdvisoryImport fetchAndImport(Download download)
            throws IOException, InterruptedException, UnreadableAdvisoryException {
        if (download.format() == AdvisoryFormat.CSAF && CsafProvider.isMetadata(download.url())) {
            Path folder = Files.createTempDirectory("advisories-");
            try {
                CsafProvider.mirror(download.url(), folder, this::fetch);
                return advisories.importFrom(download.format(), download.source(), download.fileName(), folder,
                        Locale.JAPANESE);
            } finally {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(folder);
            }
        }
        Path copy = Files.createTempFile("advisories-", ".download");
        try {
            fetch(download.url(), copy, MAX_BYTES);
            return advisories.importFrom(download.format(), download.source(), download.fileName(), copy,
                    Locale.JAPANESE);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private void fetch(URI url, Path file, long maxBytes) throws IOException, InterruptedException {
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = answer.body(); OutputStream out = Files.newOutputStream(file)) {
            if (answer.statusCode() != 200) {
                throw new IOException(url + " answered " + answer.statusCode());
            }
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new IOException(url + " is larger than " + (maxBytes >> 20) + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
    }
}
