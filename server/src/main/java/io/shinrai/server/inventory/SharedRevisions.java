package io.shinrai.server.inventory;

import io.shinrai.server.disclosure.SharedRevision;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The revisions shared with a hospital, by document id: read once per page, so that finding those newer than what
 * each system has attached does not go through every share again for every system.
 */
final class SharedRevisions {

    private final Map<String, List<SharedRevision>> byDocument;

    SharedRevisions(List<SharedRevision> sharedWithHospital) {
        byDocument = sharedWithHospital.stream().collect(Collectors.groupingBy(SharedRevision::documentId));
    }

    /** The shared revisions that supersede any of the given disclosures, the latest shared first. */
    List<SharedRevision> newerThan(List<ReceivedDisclosure> current) {
        return current.stream()
                .flatMap(received -> byDocument.getOrDefault(received.document().documentId(), List.of()).stream()
                        .filter(shared -> isNewer(shared, received)))
                .distinct().toList();
    }

    /**
     * A shared revision supersedes what was received when it is the same document (the same document id) and
     * later: a higher revision than the one attached from a share, or published after a vendor's file was read.
     */
    private static boolean isNewer(SharedRevision shared, ReceivedDisclosure received) {
        return received.revision() != null ? shared.revision() > received.revision()
                : shared.publishedAt() != null && shared.publishedAt().isAfter(received.receivedAt());
    }
}
