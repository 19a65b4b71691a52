package io.shinrai.server.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The page where a platform admin checks the audit chain and signs a checkpoint at once. */
@Controller
class ChainController {

    private final ChainSeal seal;

    ChainController(ChainSeal seal) {
        this.seal = seal;
    }

    @GetMapping("/platform/audit")
    String page(Model model) {
        model.addAttribute("fingerprint", seal.keyFingerprint());
        return "platform/audit";
    }

    @PostMapping("/platform/audit/verify")
    String verify(Model model) {
        model.addAttribute("fingerprint", seal.keyFingerprint());
        model.addAttribute("report", ChainReport.of(seal.verify(), seal.keyFingerprint()));
        return "platform/audit";
    }

    @PostMapping("/platform/audit/checkpoint")
    String checkpoint(Model model) {
        model.addAttribute("fingerprint", seal.keyFingerprint());
        model.addAttribute("checkpoint", seal.checkpoint().orElse(null));
        model.addAttribute("checkpointed", true);
        return "platform/audit";
    }
}
