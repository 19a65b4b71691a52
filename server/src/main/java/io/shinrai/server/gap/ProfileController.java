package io.shinrai.server.gap;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.CataloguePurpose;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.hospital.InvalidProfileException;
import io.shinrai.hospital.RequirementProfile;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.security.OrganisationAccessInterceptor;
import io.shinrai.server.security.OrganisationScoped;
import io.shinrai.server.security.ShinraiPrincipal;
import io.shinrai.server.web.ConflictException;
import io.shinrai.server.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A hospital's requirement profiles: which one applies, per catalogue, to its standard and to its
 * critical-infrastructure systems; copies of built-in or own profiles, edited into new versions; profiles as YAML
 * files. Everyone in the hospital reads them. Only an organisation admin changes them: a profile decides what counts
 * as a gap, and one that accepts more makes gaps disappear without the four-eyes risk evaluation.
 */
@Controller
class ProfileController {

    private static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final HospitalProfiles profiles;
    private final Gaps gaps;
    private final Inventory inventory;
    private final CatalogueLibrary catalogues;

    ProfileController(HospitalProfiles profiles, Gaps gaps, Inventory inventory, CatalogueLibrary catalogues) {
        this.profiles = profiles;
        this.gaps = gaps;
        this.inventory = inventory;
        this.catalogues = catalogues;
    }

    @GetMapping("/orgs/{orgId}/profiles")
    @OrganisationScoped(OrgRole.VIEWER)
    String list(@PathVariable UUID orgId, @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role,
                Model model) {
        Organisation hospital = inventory.hospital(orgId);
        List<Criticality> criticalities = hospital.advancedTreatmentHospital() ? List.of(Criticality.values())
                : List.of(Criticality.STANDARD);
        model.addAttribute("organisation", hospital);
        model.addAttribute("criticalities", criticalities);
        model.addAttribute("catalogues", catalogues.all(CataloguePurpose.DISCLOSURE).stream()
                .map(catalogue -> new CatalogueProfiles(catalogue, profiles.optionsFor(orgId, catalogue),
                        applied(orgId, catalogue))).toList());
        model.addAttribute("cataloguesByKey", catalogues.all().stream()
                .collect(Collectors.toMap(Catalogue::key, Function.identity())));
        model.addAttribute("own", profiles.own(orgId));
        model.addAttribute("canEdit", role.includes(OrgRole.ORG_ADMIN));
        return "gap/profiles";
    }

    /** Sets the profile of each criticality the form names, for one catalogue. */
    @PostMapping("/orgs/{orgId}/profiles/choices")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String choose(@PathVariable UUID orgId, @RequestParam String catalogue,
                  @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        Catalogue chosenFor = catalogues.all().stream().filter(known -> known.key().equals(catalogue)).findFirst()
                .orElseThrow(NotFoundException::new);
        for (Criticality criticality : Criticality.values()) {
            String choice = form.getFirst(criticality.name());
            if (choice != null && !choice.isEmpty()) {
                profiles.choose(orgId, chosenFor, criticality, ProfileChoice.parse(choice));
            }
        }
        redirect.addFlashAttribute("notice", "profile.chosen");
        return "redirect:/orgs/" + orgId + "/profiles";
    }

    @PostMapping("/orgs/{orgId}/profiles")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String copy(@PathVariable UUID orgId, @RequestParam String source, @RequestParam(defaultValue = "") String titleJa,
                @RequestParam(defaultValue = "") String titleEn, @AuthenticationPrincipal ShinraiPrincipal caller,
                RedirectAttributes redirect) {
        // the format asks for both languages; a title given only in Japanese serves for both
        LocalizedText title = new LocalizedText(titleJa.strip(), titleEn.isBlank() ? titleJa.strip() : titleEn.strip());
        try {
            HospitalProfile copy = profiles.copy(orgId, ProfileChoice.parse(source), title, caller);
            redirect.addFlashAttribute("notice", "profile.copied");
            return "redirect:" + profilePath(orgId, copy);
        } catch (InvalidProfileException invalid) {
            redirect.addFlashAttribute("profileProblems", localized(invalid));
            return "redirect:/orgs/" + orgId + "/profiles";
        }
    }

    /** A profile file taken whole as a new profile, or refused with every problem and nothing kept. */
    @PostMapping("/orgs/{orgId}/profiles/import")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String importFile(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file,
                      @AuthenticationPrincipal ShinraiPrincipal caller, RedirectAttributes redirect)
            throws IOException {
        try {
            HospitalProfile imported = profiles.importFile(orgId,
                    Objects.requireNonNullElse(file.getOriginalFilename(), "upload"), file.getBytes(), caller);
            redirect.addFlashAttribute("notice", "profile.imported");
            return "redirect:" + profilePath(orgId, imported);
        } catch (InvalidProfileException invalid) {
            redirect.addFlashAttribute("profileProblems", localized(invalid));
            return "redirect:/orgs/" + orgId + "/profiles";
        }
    }

    @GetMapping("/orgs/{orgId}/profiles/{profileId}")
    @OrganisationScoped(OrgRole.VIEWER)
    String show(@PathVariable UUID orgId, @PathVariable String profileId,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model) {
        List<HospitalProfile> history = profiles.history(orgId, profileId);
        return editor(orgId, history, history.get(0).profile(), role, model);
    }

    /**
     * Keeps the edited profile as its next version. A profile with problems, or one edited while someone else saved
     * a version, is shown again as edited, with what stopped it.
     */
    @PostMapping("/orgs/{orgId}/profiles/{profileId}/versions")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String save(@PathVariable UUID orgId, @PathVariable String profileId,
                @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal ShinraiPrincipal caller,
                @RequestAttribute(OrganisationAccessInterceptor.CALLER_ROLE) OrgRole role, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        List<HospitalProfile> history = profiles.history(orgId, profileId);
        HospitalProfile latest = history.get(0);
        RequirementProfile edited = ProfileForm.read(form, latest.profile(), catalogueOf(latest.profile()));
        try {
            HospitalProfile saved = profiles.save(orgId, edited, editedVersion(form, latest), caller);
            redirect.addFlashAttribute("notice", saved.version() == latest.version() ? "profile.unchanged" : "profile.saved");
            return "redirect:" + profilePath(orgId, saved);
        } catch (InvalidProfileException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("profileProblems", localized(invalid));
        } catch (ConflictException conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", conflict.messageKey());
        }
        return editor(orgId, history, edited, role, model);
    }

    /** What htmx asks for as the editor's form changes: the gaps under the profile as edited, not yet saved. */
    @PostMapping("/orgs/{orgId}/profiles/{profileId}/preview")
    @OrganisationScoped(OrgRole.ORG_ADMIN)
    String preview(@PathVariable UUID orgId, @PathVariable String profileId,
                   @RequestParam MultiValueMap<String, String> form, Model model) {
        Organisation hospital = inventory.hospital(orgId);
        RequirementProfile latest = profiles.latest(orgId, profileId).profile();
        Catalogue catalogue = catalogueOf(latest);
        model.addAttribute("organisation", hospital);
        model.addAttribute("preview", ProfilePreview.of(hospital, gaps.portfolio(orgId), catalogue,
                ProfileForm.read(form, latest, catalogue)));
        return "gap/profile :: preview";
    }

    /** The latest version, or the one asked for, as the YAML it was saved as. */
    @GetMapping("/orgs/{orgId}/profiles/{profileId}/export")
    @OrganisationScoped(OrgRole.VIEWER)
    ResponseEntity<byte[]> export(@PathVariable UUID orgId, @PathVariable String profileId,
                                  @RequestParam(required = false) Integer version) {
        List<HospitalProfile> history = profiles.history(orgId, profileId);
        HospitalProfile exported = version == null ? history.get(0) : history.stream()
                .filter(candidate -> candidate.version() == version).findFirst().orElseThrow(NotFoundException::new);
        String name = profileId + "-v" + exported.version() + ".yaml";
        return ResponseEntity.ok().contentType(YAML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(exported.yaml().getBytes(StandardCharsets.UTF_8));
    }

    private String editor(UUID orgId, List<HospitalProfile> history, RequirementProfile shown, OrgRole role,
                          Model model) {
        Organisation hospital = inventory.hospital(orgId);
        Catalogue catalogue = catalogueOf(shown);
        HospitalProfile latest = history.get(0);
        Optional<RequirementProfile> basis = profiles.basisOf(orgId, shown);
        model.addAttribute("organisation", hospital);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("profile", shown);
        model.addAttribute("latest", latest);
        model.addAttribute("history", history);
        model.addAttribute("basis", basis.orElse(null));
        model.addAttribute("sheet", ProfileSheet.of(catalogue, shown, basis));
        model.addAttribute("preview", ProfilePreview.of(hospital, gaps.portfolio(orgId), catalogue, shown));
        model.addAttribute("appliedTo", Arrays.stream(Criticality.values())
                .filter(criticality -> profiles.applied(orgId, catalogue, criticality)
                        .filter(applied -> applied.key().equals(latest.profile().key())).isPresent())
                .toList());
        model.addAttribute("acceptances", Acceptance.values());
        model.addAttribute("canEdit", role.includes(OrgRole.ORG_ADMIN));
        return "gap/profile";
    }

    private Map<Criticality, RequirementProfile> applied(UUID orgId, Catalogue catalogue) {
        Map<Criticality, RequirementProfile> applied = new EnumMap<>(Criticality.class);
        for (Criticality criticality : Criticality.values()) {
            profiles.applied(orgId, catalogue, criticality).ifPresent(profile -> applied.put(criticality, profile));
        }
        return applied;
    }

    private Catalogue catalogueOf(RequirementProfile profile) {
        return catalogues.find(profile.catalogueId(), profile.catalogueVersion()).orElseThrow();
    }

    /** The version the form was opened on; a form without it is taken as made on the latest. */
    private static int editedVersion(MultiValueMap<String, String> form, HospitalProfile latest) {
        String version = form.getFirst("version");
        return version == null || !version.matches("\\d{1,9}") ? latest.version() : Integer.parseInt(version);
    }

    private static List<String> localized(InvalidProfileException invalid) {
        return invalid.problems().stream().map(problem -> problem.in(LocaleContextHolder.getLocale())).toList();
    }

    private static String profilePath(UUID orgId, HospitalProfile profile) {
        return "/orgs/" + orgId + "/profiles/" + profile.profile().id();
    }
}
