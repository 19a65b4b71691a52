package io.shinrai.server.disclosure;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.AnswerScheme;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.CataloguePurpose;
import io.shinrai.catalog.Item;
import io.shinrai.catalog.Section;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.DisclosureCheck;
import io.shinrai.disclosure.DisclosureDiff;
import io.shinrai.disclosure.Finding;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Authoring disclosures: start one, answer it section by section (saved as you go), publish, revise. */
@Controller
class DisclosureController {

    private final Disclosures disclosures;
    private final CatalogueLibrary catalogues;
    private final Organisations organisations;
    private final DisclosurePage page;
    private final Sharing sharing;
    private final ShareLinks links;
    private final Clock clock;

    DisclosureController(Disclosures disclosures, CatalogueLibrary catalogues, Organisations organisations,
                         DisclosurePage page, Sharing sharing, ShareLinks links, Clock clock) {
        this.disclosures = disclosures;
        this.catalogues = catalogues;
        this.organisations = organisations;
        this.page = page;
        this.sharing = sharing;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/orgs/{orgId}/disclosures")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("disclosures", disclosures.of(orgId));
        model.addAttribute("catalogues", catalogues.all(CataloguePurpose.DISCLOSURE));
        model.addAttribute("canEdit", role.includes(OrgRole.EDITOR));
        return "disclosure/list";
    }

    @PostMapping("/orgs/{orgId}/disclosures")
    @OrganisationScoped(OrgRole.EDITOR)
    String start(@PathVariable UUID orgId, @RequestParam String catalogue,
                 @RequestParam(required = false) String product,
                 @RequestParam(required = false) String productVersion) {
        String[] key = catalogue.split("@", 2);
        Catalogue chosen = catalogues.find(key[0], key.length == 2 ? key[1] : "")
                .filter(known -> known.purpose() == CataloguePurpose.DISCLOSURE).orElseThrow(NotFoundException::new);
        StoredDisclosure started = disclosures.start(orgId, chosen,
                new BasicInformation(LocalDate.now(clock.withZone(ActivityLog.DISPLAY_ZONE)),
                        organisations.get(orgId).name(), blankToNull(product),
                        blankToNull(productVersion)));
        return "redirect:/orgs/" + orgId + "/disclosures/" + started.id();
    }

    @GetMapping("/orgs/{orgId}/disclosures/{disclosureId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                @RequestParam(required = false) String section,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        StoredDisclosure stored = disclosures.get(orgId, disclosureId);
        model.addAttribute("organisation", organisations.get(orgId));
        page.describe(model, stored, section, "/orgs/" + orgId + "/disclosures/" + disclosureId);
        model.addAttribute("editable", stored.isDraft() && role.includes(OrgRole.EDITOR));
        model.addAttribute("canPublish", stored.isDraft() && role.includes(OrgRole.REVIEWER));
        model.addAttribute("canRevise", !stored.isDraft() && role.includes(OrgRole.EDITOR));
        model.addAttribute("others", disclosures.of(orgId).stream()
                .filter(other -> !other.id().equals(stored.id())).toList());
        model.addAttribute("canShare", !stored.isDraft() && role.includes(OrgRole.REVIEWER));
        if (!stored.isDraft()) {
            model.addAttribute("shares", sharing.sharesOf(orgId, disclosureId));
            model.addAttribute("hospitals", sharing.hospitals());
            model.addAttribute("shareLinks", links.of(orgId, disclosureId));
            model.addAttribute("defaultLinkDays", ShareLinks.DEFAULT_DAYS);
            model.addAttribute("longestLinkDays", ShareLinks.LONGEST_DAYS);
            model.addAttribute("now", clock.instant());
        }
        return "disclosure/show";
    }

    /**
     * Saves the answers of one section. htmx sends the section's form on every change (autosave) and gets the
     * progress back; without JavaScript the form's button does the same and the page is shown again.
     */
    @PostMapping("/orgs/{orgId}/disclosures/{disclosureId}/sections/{sectionId}")
    @OrganisationScoped(OrgRole.EDITOR)
    String saveSection(@PathVariable UUID orgId, @PathVariable UUID disclosureId, @PathVariable String sectionId,
                       @RequestParam MultiValueMap<String, String> form,
                       @RequestHeader(name = "HX-Request", required = false) String htmx,
                       Model model, RedirectAttributes redirect) {
        StoredDisclosure stored = disclosures.get(orgId, disclosureId);
        Catalogue catalogue = disclosures.catalogueOf(stored);
        Section section = catalogue.sections().stream().filter(candidate -> candidate.id().equals(sectionId))
                .findFirst().orElseThrow(NotFoundException::new);
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (Item item : section.allItems()) {
            if (form.containsKey("remarks:" + item.ref())) {
                answers.put(item.ref(), answerFrom(item, form, stored));
            }
        }
        StoredDisclosure saved = disclosures.edit(orgId, disclosureId, new Disclosures.Edit(answers, null, null));
        if (htmx != null) {
            model.addAttribute("progress", new DisclosureCheck(catalogue).progress(saved.document()));
            model.addAttribute("catalogue", catalogue);
            return "disclosure/show :: progress";
        }
        redirect.addFlashAttribute("notice", "disclosure.saved");
        return "redirect:/orgs/" + orgId + "/disclosures/" + disclosureId + "?section=" + sectionId;
    }

    @PostMapping("/orgs/{orgId}/disclosures/{disclosureId}/options")
    @OrganisationScoped(OrgRole.EDITOR)
    String saveOptions(@PathVariable UUID orgId, @PathVariable UUID disclosureId,
                       @RequestParam(name = "option", required = false) List<String> options,
                       @RequestParam(required = false) String product,
                       @RequestParam(required = false) String productVersion,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdOn,
                       RedirectAttributes redirect) {
        StoredDisclosure stored = disclosures.get(orgId, disclosureId);
        BasicInformation basics = new BasicInformation(createdOn, stored.document().basics().vendor(),
                blankToNull(product), blankToNull(productVersion));
        disclosures.edit(orgId, disclosureId, new Disclosures.Edit(Map.of(), basics,
                options == null ? Set.of() : new HashSet<>(options)));
        redirect.addFlashAttribute("notice", "disclosure.saved");
        return "redirect:/orgs/" + orgId + "/disclosures/" + disclosureId;
    }

    /** What changed between this disclosure and another of the organisation: a revision or another version. */
    @GetMapping("/orgs/{orgId}/disclosures/{disclosureId}/diff")
    @OrganisationScoped(OrgRole.VIEWER)
    String diff(@PathVariable UUID orgId, @PathVariable UUID disclosureId, @RequestParam UUID with, Model model) {
        StoredDisclosure after = disclosures.get(orgId, disclosureId);
        StoredDisclosure before = disclosures.get(orgId, with);
        Catalogue catalogue = disclosures.catalogueOf(after);
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("before", before);
        model.addAttribute("after", after);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("changes", new DisclosureDiff(catalogue).between(before.document(), after.document()));
        return "disclosure/diff";
    }

    @PostMapping("/orgs/{orgId}/disclosures/{disclosureId}/publish")
    @OrganisationScoped(OrgRole.REVIEWER)
    String publish(@PathVariable UUID orgId, @PathVariable UUID disclosureId, RedirectAttributes redirect) {
        List<Finding> findings = disclosures.publish(orgId, disclosureId);
        redirect.addFlashAttribute(findings.isEmpty() ? "notice" : "problem",
                findings.isEmpty() ? "disclosure.published" : "disclosure.notComplete");
        return "redirect:/orgs/" + orgId + "/disclosures/" + disclosureId;
    }

    @PostMapping("/orgs/{orgId}/disclosures/{disclosureId}/revise")
    @OrganisationScoped(OrgRole.EDITOR)
    String revise(@PathVariable UUID orgId, @PathVariable UUID disclosureId) {
        StoredDisclosure next = disclosures.revise(orgId, disclosureId);
        return "redirect:/orgs/" + orgId + "/disclosures/" + next.id();
    }

    private static ItemAnswer answerFrom(Item item, MultiValueMap<String, String> form, StoredDisclosure stored) {
        String remarks = blankToNull(form.getFirst("remarks:" + item.ref()));
        List<Integer> notes = stored.document().answerTo(item.ref()).map(ItemAnswer::notes).orElse(List.of());
        if (item.answers() == AnswerScheme.TEXT) {
            return new ItemAnswer(null, blankToNull(form.getFirst("text:" + item.ref())), remarks, notes);
        }
        String chosen = form.getFirst("answer:" + item.ref());
        Answer answer = item.answers().answers().stream().filter(offered -> offered.name().equals(chosen))
                .findFirst().orElse(null);
        return new ItemAnswer(answer, null, remarks, notes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
