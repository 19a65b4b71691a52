package io.shinrai.server.advisory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One import of advisory data: from which source and file, how many advisories it added, replaced by a newer
 * revision, left as they were (not newer than the stored one) or skipped as unreadable, by whom and when.
 */
public record AdvisoryImport(UUID id, String source, String fileName, int added, int replaced, int unchanged,
                             int skipped, List<String> problems, String importedBy, Instant importedAt) {

    public AdvisoryImport {
        problems = List.copyOf(problems);
    }
}
