package io.shinrai.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
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

    @GetMapping("/api/v1/platform/audit/chain")
    @Operation(summary = "The whole audit chain as shinrai-audit-chain/1 (JSON lines) for `shinrai audit verify`")
    void chain(HttpServletResponse response) throws IOException {
        response.setContentType("application/jsonl;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-chain.jsonl\"");
        seal.export(response.getOutputStream());
    }
}
