package io.shinrai.server.gap;

import java.util.UUID;

/** Which gap an evaluation is about: an item of a checklist, for one system. */
public record GapKey(UUID systemId, String catalogueId, String itemRef) {
}
