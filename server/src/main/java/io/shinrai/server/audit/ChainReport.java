package io.shinrai.server.audit;

import io.shinrai.audit.ChainVerdict;

/**
 * A verification as the API and the page show it. For a broken chain, firstSequence to lastSequence are the
 * records concerned; for an intact one, the records checked.
 */
public record ChainReport(boolean intact, String finding, long firstSequence, long lastSequence, long records,
        int checkpoints, int timeStamped, String headHash, String detail, String keyFingerprint) {

    static ChainReport of(ChainVerdict verdict, String keyFingerprint) {
        if (verdict instanceof ChainVerdict.Broken broken) {
            return new ChainReport(false, broken.kind().name(), broken.firstSequence(), broken.lastSequence(), 0, 0,
                    0, null, broken.detail(), keyFingerprint);
        }
        ChainVerdict.Intact intact = (ChainVerdict.Intact) verdict;
        return new ChainReport(true, "INTACT", intact.firstSequence(), intact.lastSequence(), intact.records(),
                intact.checkpoints(), intact.timeStamped(), intact.headHash(), null, keyFingerprint);
    }
}
