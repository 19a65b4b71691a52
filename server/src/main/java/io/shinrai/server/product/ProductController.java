package io.shinrai.server.product;

import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.ConflictException;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manufacturer's products, their versions, and each version's lifecycle dates and their history. */
@Controller
class ProductController {

    private final Products products;

    ProductController(Products products) {
        this.products = products;
    }

    @GetMapping("/orgs/{orgId}/products")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                Model model) {
        if (!model.containsAttribute("productForm")) {
            model.addAttribute("productForm", new ProductForm(null));
        }
        model.addAttribute("organisation", products.maker(orgId));
        model.addAttribute("products", products.of(orgId));
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "product/list";
    }

    @PostMapping("/orgs/{orgId}/products")
    @OrganisationScoped(OrgRole.EDITOR)
    String add(@PathVariable UUID orgId, @Valid @ModelAttribute("productForm") ProductForm productForm,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Product added = products.add(orgId, productForm.name().strip());
                redirect.addFlashAttribute("notice", "product.added");
                return "redirect:/orgs/" + orgId + "/products/" + added.id();
            } catch (ConflictException conflict) {
                errors.rejectValue("name", conflict.messageKey());
            }
        }
        return list(orgId, OrgRole.EDITOR, model);
    }

    @GetMapping("/orgs/{orgId}/products/{productId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID productId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        if (!model.containsAttribute("versionForm")) {
            model.addAttribute("versionForm", VersionForm.empty());
        }
        model.addAttribute("organisation", products.maker(orgId));
        model.addAttribute("product", products.get(orgId, productId));
        model.addAttribute("versions", products.versions(orgId, productId));
        model.addAttribute("today", products.today());
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "product/show";
    }

    @PostMapping("/orgs/{orgId}/products/{productId}/versions")
    @OrganisationScoped(OrgRole.EDITOR)
    String addVersion(@PathVariable UUID orgId, @PathVariable UUID productId,
                      @Valid @ModelAttribute("versionForm") VersionForm versionForm, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ProductVersion added = products.addVersion(orgId, productId, versionForm.version().strip(),
                        versionForm.lifecycle());
                redirect.addFlashAttribute("notice", "product.versionAdded");
                return "redirect:/orgs/" + orgId + "/versions/" + added.id();
            } catch (ConflictException conflict) {
                errors.rejectValue("version", conflict.messageKey());
            }
        }
        return show(orgId, productId, OrgRole.EDITOR, model);
    }

    @GetMapping("/orgs/{orgId}/versions/{versionId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String version(@PathVariable UUID orgId, @PathVariable UUID versionId,
                   @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        Products.Versioned versioned = products.version(orgId, versionId);
        model.addAttribute("organisation", products.maker(orgId));
        model.addAttribute("product", versioned.product());
        model.addAttribute("version", versioned.version());
        model.addAttribute("versionForm", VersionForm.of(versioned.version()));
        model.addAttribute("events", products.events(orgId, versionId));
        model.addAttribute("today", products.today());
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "product/version";
    }

    @PostMapping("/orgs/{orgId}/versions/{versionId}/lifecycle")
    @OrganisationScoped(OrgRole.EDITOR)
    String updateLifecycle(@PathVariable UUID orgId, @PathVariable UUID versionId,
                           @ModelAttribute VersionForm versionForm, RedirectAttributes redirect) {
        products.updateLifecycle(orgId, versionId, versionForm.lifecycle());
        redirect.addFlashAttribute("notice", "product.lifecycleSaved");
        return "redirect:/orgs/" + orgId + "/versions/" + versionId;
    }
}
