package io.shinrai.server.inventory;

import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The disclosures shared with a hospital, by document id: looked up once per page, so that finding the revisions
 * newer than what each system has attached does not go through every share again for every system.
 */
final class SharedRevisions {

    private final Map<String, List<Sharing.Received>> byDocument;

    SharedRevisions(List<Sharing.Received> sharedWithHospital) {
        byDocument = sharedWithHospital.stream()
                .collect(Collectors.groupingBy(shared -> shared.disclosure().document().documentId()));
    }

    /** The shared revisions that supersede any of the given disclosures, in the order they were shared. */
    List<Sharing.Received> newerThan(List<ReceivedDisclosure> current) {
        return current.stream()
                .flatMap(received -> byDocument.getOrDefault(received.document().documentId(), List.of()).stream()
                        .filter(shared -> isNewer(shared.disclosure(), received)))
                .distinct().toList();
    }

    /**
     * A shared revision supersedes what was received when it is the same document (the same document id) and
     * later: a higher revision than the one attached from a share, or published after a vendor's file was read.
     */
    private static boolean isNewer(StoredDisclosure shared, ReceivedDisclosure received) {
        return received.revision() != null ? shared.revision() > received.revision()
                : shared.publishedAt() != null && shared.publishedAt().isAfter(received.receivedAt());
    }
}
