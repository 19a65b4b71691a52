package io.shinrai.server.advisory;

import io.shinrai.vuln.CsafReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CSAF 2.0 provider, read the way CSAF 2.0 section 7.3 retrieves from one: its {@code provider-metadata.json}
 * names directories ({@code distributions[].directory_url}), and each directory's {@code index.txt} lists its
 * documents as {@code year/file.json}. Only paths of that shape are followed, so that an index cannot send the
 * download anywhere but into its own directory.
 */
final class CsafProvider {

    static final long MAX_METADATA_BYTES = 1 << 20;
    static final long MAX_INDEX_BYTES = 16 << 20;
    static final int MOST_DOCUMENTS = 100_000;
    private static final Pattern DOCUMENT_PATH = Pattern.compile("\\d{4}/[+\\-a-z0-9_]+\\.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Copies what a URL serves into a file, refusing more than {@code maxBytes}. */
    interface Fetch {
        void into(URI url, Path file, long maxBytes) throws IOException, InterruptedException;
    }

    private CsafProvider() {
    }

    static boolean isMetadata(URI url) {
        return url.getPath() != null && url.getPath().endsWith("/provider-metadata.json");
    }

    /** Copies every document the provider's directories list into {@code folder}; returns how many. */
    static int mirror(URI metadata, Path folder, Fetch fetch) throws IOException, InterruptedException {
        Path scratch = Files.createTempFile("csaf-provider-", ".txt");
        try {
            fetch.into(metadata, scratch, MAX_METADATA_BYTES);
            int copied = 0;
            for (URI directory : directories(Files.readAllBytes(scratch))) {
                fetch.into(directory.resolve("index.txt"), scratch, MAX_INDEX_BYTES);
                for (String line : Files.readAllLines(scratch, StandardCharsets.UTF_8)) {
                    String path = line.strip();
                    if (!DOCUMENT_PATH.matcher(path).matches()) {
                        continue;
                    }
                    if (++copied > MOST_DOCUMENTS) {
                        throw new IOException("the provider lists more than " + MOST_DOCUMENTS + " documents");
                    }
                    fetch.into(directory.resolve(path), folder.resolve(copied + "-" + path.replace('/', '-')),
                            CsafReader.MAX_DOCUMENT_BYTES);
                }
            }
            return copied;
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** The directories the metadata names, each ending in a slash so that the index resolves inside it. */
    static List<URI> directories(byte[] metadata) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(metadata);
        } catch (JacksonException unreadable) {
            throw new IOException("the provider metadata is not JSON: " + unreadable.getOriginalMessage());
        }
        List<URI> directories = new ArrayList<>();
        for (JsonNode distribution : root.path("distributions").values()) {
            JsonNode url = distribution.path("directory_url");
            if (!url.isString()) {
                continue;
            }
            String text = url.stringValue();
            URI directory;
            try {
                directory = URI.create(text.endsWith("/") ? text : text + "/");
            } catch (IllegalArgumentException malformed) {
                continue;
            }
            String scheme = String.valueOf(directory.getScheme()).toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && directory.getHost() != null) {
                directories.add(directory);
            }
        }
        if (directories.isEmpty()) {
            throw new IOException("the provider metadata names no directory of documents");
        }
        return directories;
    }
}
