package io.shinrai.server.dicom;

import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.security.OrganisationScoped;
import java.io.IOException;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Anyone in an organisation checks the digital signatures of a DICOM file (PS3.15 Annex C) they received. */
@Controller
class DicomVerifyController {

    private final DicomSignatureChecks checks;
    private final Organisations organisations;

    DicomVerifyController(DicomSignatureChecks checks, Organisations organisations) {
        this.checks = checks;
        this.organisations = organisations;
    }

    @GetMapping("/orgs/{orgId}/dicom/verify")
    @OrganisationScoped(OrgRole.VIEWER)
    String form(@PathVariable UUID orgId, Model model) {
        model.addAttribute("organisation", organisations.get(orgId));
        model.addAttribute("zone", ActivityLog.DISPLAY_ZONE);
        return "dicom/verify";
    }

    @PostMapping("/orgs/{orgId}/dicom/verify")
    @OrganisationScoped(OrgRole.VIEWER)
    String check(@PathVariable UUID orgId, @RequestParam("file") MultipartFile file,
                 @RequestParam(value = "trust", required = false) MultipartFile trust, Model model)
            throws IOException {
        model.addAttribute("report", checks.check(Objects.requireNonNullElse(file.getOriginalFilename(), "upload"),
                file.getBytes(), trust == null ? new byte[0] : trust.getBytes()));
        return form(orgId, model);
    }
}
