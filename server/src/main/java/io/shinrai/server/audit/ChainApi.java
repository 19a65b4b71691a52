package io.shinrai.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole repository's chain, which spans every organisation: for platform admins. */
@RestController
@Tag(name = "Audit trail")
class ChainApi {

    private final ChainSeal seal;

    ChainApi(ChainSeal seal) {
        this.seal = seal;
    }

    @GetMapping("/api/v1/platform/audit/verify")
    @Operation(summary = "Verify the audit hash chain against its signed checkpoints; names the first altered, "
            + "inserted or deleted record")
    ChainReport verify() {
        return ChainReport.of(seal.verify(), seal.keyFingerprint());
    }
}
