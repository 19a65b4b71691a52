package io.shinrai.server.web;

import io.shinrai.server.membership.MembershipRepository;
import io.shinrai.server.membership.MembershipRepository.Affiliation;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.security.Authorities;
import io.shinrai.server.security.SignedInUser;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: who is signed in, and the organisations they can switch between. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final MembershipRepository memberships;

    NavigationAdvice(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && Authorities.has(authentication, Authorities.USER)) {
            return user;
        }
        return null;
    }

    @ModelAttribute("affiliations")
    List<Affiliation> affiliations() {
        SignedInUser user = currentUser();
        return user == null ? List.of() : memberships.affiliationsOf(user.id());
    }

    /** Where 医療機関 in the navigation leads: the dashboard of the first hospital the person belongs to. */
    @ModelAttribute("hospitalHome")
    String hospitalHome() {
        return affiliations().stream().map(Affiliation::organisation).filter(Organisation::isHospital).findFirst()
                .map(hospital -> "/orgs/" + hospital.id() + "/dashboard").orElse(null);
    }

    /** Where リモートサービス in the navigation leads: the services of the first vendor the person belongs to. */
    @ModelAttribute("remoteServiceHome")
    String remoteServiceHome() {
        return affiliations().stream().map(Affiliation::organisation).filter(organisation -> !organisation.isHospital())
                .findFirst().map(vendor -> "/orgs/" + vendor.id() + "/remote-services").orElse(null);
    }

    /**
     * Where SBOM・脆弱性 leads: the products of the first manufacturer or service provider the person belongs to,
     * else the exposure of their first hospital.
     */
    @ModelAttribute("sbomHome")
    String sbomHome() {
        List<Organisation> organisations = affiliations().stream().map(Affiliation::organisation).toList();
        return organisations.stream().filter(organisation -> !organisation.isHospital()).findFirst()
                .map(maker -> "/orgs/" + maker.id() + "/products")
                .or(() -> organisations.stream().findFirst().map(hospital -> "/orgs/" + hospital.id() + "/exposure"))
                .orElse(null);
    }

    /** Where 監査証跡 leads: the audit trail of the first hospital the person belongs to. */
    @ModelAttribute("auditHome")
    String auditHome() {
        return affiliations().stream().map(Affiliation::organisation).filter(Organisation::isHospital).findFirst()
                .map(hospital -> "/orgs/" + hospital.id() + "/audit").orElse(null);
    }

    /** Where DICOM署名 leads: checking signed DICOM files in the first organisation the person belongs to. */
    @ModelAttribute("dicomHome")
    String dicomHome() {
        return affiliations().stream().map(Affiliation::organisation).findFirst()
                .map(organisation -> "/orgs/" + organisation.id() + "/dicom/verify").orElse(null);
    }

    /** Where リモート保守 leads: the maintenance windows of the first organisation, hospital or vendor. */
    @ModelAttribute("maintenanceHome")
    String maintenanceHome() {
        return affiliations().stream().map(Affiliation::organisation).findFirst()
                .map(organisation -> "/orgs/" + organisation.id() + "/maintenance").orElse(null);
    }
}
