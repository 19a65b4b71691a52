package io.shinrai.server.exposure;

import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationScoped;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The hospital's view of vulnerabilities and support ends across the systems it installed. */
@Controller
class ExposureController {

    private final Exposure exposure;
    private final Inventory inventory;

    ExposureController(Exposure exposure, Inventory inventory) {
        this.exposure = exposure;
        this.inventory = inventory;
    }

    @GetMapping("/orgs/{orgId}/exposure")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, Model model) {
        model.addAttribute("organisation", inventory.hospital(orgId));
        List<ExposedSystem> systems = exposure.of(orgId);
        model.addAttribute("systems", systems);
        model.addAttribute("attention", systems.stream().filter(ExposedSystem::needsAttention).count());
        return "exposure/list";
    }
}
