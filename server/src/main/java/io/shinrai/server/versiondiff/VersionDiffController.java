package io.shinrai.server.versiondiff;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.product.Products;
import io.shinrai.server.security.OrganisationScoped;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Two versions of a product side by side: what their SBOMs and findings gained and lost. */
@Controller
class VersionDiffController {

    private final VersionDiffs diffs;
    private final Products products;

    VersionDiffController(VersionDiffs diffs, Products products) {
        this.diffs = diffs;
        this.products = products;
    }

    @GetMapping("/orgs/{orgId}/products/{productId}/diff")
    @OrganisationScoped(OrgRole.VIEWER)
    String diff(@PathVariable UUID orgId, @PathVariable UUID productId, @RequestParam(required = false) UUID from,
                @RequestParam(required = false) UUID to, Model model) {
        model.addAttribute("organisation", products.maker(orgId));
        model.addAttribute("product", products.get(orgId, productId));
        model.addAttribute("versions", products.versions(orgId, productId));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && to != null) {
            model.addAttribute("compared", true);
            diffs.between(orgId, productId, from, to).ifPresent(diff -> model.addAttribute("diff", diff));
        }
        return "versiondiff/diff";
    }
}
