package io.shinrai.server.inventory;

import io.shinrai.disclosure.excel.SheetText;
import io.shinrai.server.disclosure.SharedRevision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a system stands with its disclosures: the latest received per checklist, a newer revision the hospital
 * has been sent but not yet attached, and whether any covers the version installed.
 */
public record SystemDisclosures(List<ReceivedDisclosure> current, List<SharedRevision> newer,
                                boolean installedVersionCovered) {

    /** The one thing to say first about a system, most urgent first. */
    public enum Standing {
        NO_DISCLOSURE, VERSION_NOT_COVERED, NEWER_REVISION, UP_TO_DATE
    }

    static SystemDisclosures of(InventorySystem system, List<ReceivedDisclosure> history,
                                SharedRevisions sharedWithHospital) {
        Map<String, ReceivedDisclosure> latestPerCatalogue = new LinkedHashMap<>();
        for (ReceivedDisclosure received : history) {
            latestPerCatalogue.putIfAbsent(received.document().catalogueId(), received);
        }
        List<ReceivedDisclosure> current = new ArrayList<>(latestPerCatalogue.values());
        return new SystemDisclosures(current, sharedWithHospital.newerThan(current),
                covers(current, system.entry().productVersion()));
    }

    /** Whether a current disclosure is about the installed version; with no version in the ledger, any is. */
    private static boolean covers(List<ReceivedDisclosure> current, String installedVersion) {
        if (installedVersion == null) {
            return true;
        }
        String installed = SheetText.key(installedVersion);
        return current.stream().map(received -> received.document().basics().productVersion())
                .filter(Objects::nonNull).map(SheetText::key).anyMatch(installed::equals);
    }

    public Standing standing() {
        if (current.isEmpty()) {
            return Standing.NO_DISCLOSURE;
        }
        if (!installedVersionCovered) {
            return Standing.VERSION_NOT_COVERED;
        }
        return newer.isEmpty() ? Standing.UP_TO_DATE : Standing.NEWER_REVISION;
    }

    public Optional<ReceivedDisclosure> currentFor(String catalogueId) {
        return current.stream().filter(received -> received.document().catalogueId().equals(catalogueId))
                .findFirst();
    }
}
