package io.shinrai.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.LocalizedText;
import io.shinrai.crypto.Sha256;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.apitoken.ApiTokens;
import io.shinrai.server.checklist.Checklists;
import io.shinrai.server.checklist.FiscalYear;
import io.shinrai.server.checklist.VendorForms;
import io.shinrai.server.conformity.Conformity;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.gap.HospitalProfiles;
import io.shinrai.server.gap.ProfileChoice;
import io.shinrai.server.membership.MembershipRepository;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.inventory.Intake;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.advisory.Advisories;
import io.shinrai.server.advisory.AdvisoryFormat;
import io.shinrai.server.finding.Findings;
import io.shinrai.server.product.Lifecycle;
import io.shinrai.server.product.Products;
import io.shinrai.server.riskassessment.RemoteServices;
import io.shinrai.server.riskassessment.RiskAssessments;
import io.shinrai.server.riskassessment.RiskCatalogues;
import io.shinrai.server.riskassessment.RiskMethods;
import io.shinrai.server.sbom.Sboms;
import io.shinrai.server.securityadvisory.AdvisoryDraft;
import io.shinrai.server.securityadvisory.SecurityAdvisories;
import io.shinrai.server.securityadvisory.VersionStatement;
import io.shinrai.server.signing.SigningKeys;
import io.shinrai.vuln.CsafAdvisory;
import io.shinrai.vuln.VexResponse;
import io.shinrai.vuln.VexState;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint of the server and proves who may use it: each organisation-scoped endpoint for each role,
 * for API tokens, for members of another organisation and for platform admins; platform endpoints for
 * non-admins; and anonymous callers everywhere. A new endpoint that fits no class fails this test until it is
 * classified, so the matrix grows with every feature.
 */
@ShinraiTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    /** Endpoints outside any organisation that anyone may open. */
    private static final Set<String> PUBLIC = Set.of("GET /login", "GET /invitations/{token}",
            "POST /invitations/{token}", "GET /s/{token}", "GET /s/{token}/export", "GET /psirt/{recipientId}/report",
            "POST /psirt/{recipientId}/report", "GET /psirt/track/{token}", "POST /api/v1/psirt/{recipientId}/reports",
            "GET /api/v1/psirt/reports/{token}", "GET /csaf/{publisherId}/provider-metadata.json",
            "GET /csaf/{publisherId}/white/index.txt", "GET /csaf/{publisherId}/white/changes.csv",
            "GET /csaf/{publisherId}/white/{year}/{file}");
    /** The second sign-in step: only for someone whose password was accepted. */
    private static final Set<String> SIGN_IN_STEPS = Set.of("GET /login/two-factor", "POST /login/two-factor",
            "GET /login/two-factor/setup", "POST /login/two-factor/setup");
    /** A signed-in person's own things, which exist in no organisation. */
    private static final Set<String> PERSONAL = Set.of("GET /", "GET /account", "POST /account/profile",
            "POST /account/password", "GET /account/two-factor", "POST /account/two-factor",
            "POST /account/recovery-codes", "GET /account/recovery-codes", "POST /account/sessions/end-all",
            "GET /api/v1/me", "GET /api/v1/organisations", "GET /catalogues", "GET /catalogues/{id}/{version}",
            "GET /api/v1/catalogues", "GET /api/v1/catalogues/{id}/{version}");

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Disclosures disclosures;
    @Autowired
    CatalogueLibrary catalogues;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SigningKeys signingKeys;
    @Autowired
    Inventory inventory;
    @Autowired
    Intake intake;
    @Autowired
    Checklists checklists;
    @Autowired
    VendorForms vendorForms;
    @Autowired
    HospitalProfiles profiles;
    @Autowired
    RemoteServices remoteServices;
    @Autowired
    RiskMethods riskMethods;
    @Autowired
    RiskCatalogues riskCatalogues;
    @Autowired
    RiskAssessments riskAssessments;
    @Autowired
    Clock clock;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    Products products;
    @Autowired
    Sboms sboms;
    @Autowired
    Advisories advisories;
    @Autowired
    Findings findings;
    @Autowired
    Conformity conformity;
    @Autowired
    SecurityAdvisories securityAdvisories;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String pattern, OrganisationScoped scope) {

        String key() {
            return method.name() + " " + pattern;
        }

        boolean isApi() {
            return pattern.startsWith("/api/");
        }
    }

    @Test
    void everyOrganisationEndpointAnswersOnlyToMembersWithTheRoleItNeeds() throws Exception {
        List<String> failures = new ArrayList<>();
        List<Endpoint> scoped = endpoints().stream().filter(endpoint -> endpoint.pattern().contains("{orgId}")).toList();
        assertThat(scoped).hasSizeGreaterThan(10);
        for (Endpoint endpoint : scoped) {
            if (endpoint.scope() == null) {
                failures.add(endpoint.key() + " has {orgId} but no @OrganisationScoped");
                continue;
            }
            for (OrgRole role : OrgRole.values()) {
                int expected = role.includes(endpoint.scope().value()) ? 0 : 403;
                check(failures, endpoint, "member as " + role, expected, world -> asMember(world.member(role)));
                if (endpoint.isApi()) {
                    check(failures, endpoint, "API token as " + role, expected,
                            world -> asToken(world, world.organisationFor(endpoint.pattern()), role));
                }
            }
            check(failures, endpoint, "admin of another organisation", 404,
                    world -> asMember(world.foreignAdmin()));
            check(failures, endpoint, "platform admin who is not a member", 404,
                    world -> asMember(world.platformAdmin()));
            if (endpoint.isApi()) {
                check(failures, endpoint, "API token of another organisation", 404,
                        world -> bearer(world.foreignToken()));
            }
            check(failures, endpoint, "anonymous", endpoint.isApi() ? 401 : 302, world -> request -> request);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void platformEndpointsAreForPlatformAdminsOnly() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.pattern().startsWith("/platform/") && !endpoint.pattern().startsWith("/api/v1/platform/")) {
                continue;
            }
            check(failures, endpoint, "org admin", 403, world -> asMember(world.member(OrgRole.ORG_ADMIN)));
            check(failures, endpoint, "API token", 403,
                    world -> asToken(world, world.organisation, OrgRole.ORG_ADMIN));
            check(failures, endpoint, "platform admin", 0, world -> asMember(world.platformAdmin()));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyOtherEndpointIsClassifiedAndClosedToStrangers() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String key = endpoint.key();
            boolean classified = endpoint.pattern().contains("{orgId}") || endpoint.pattern().startsWith("/platform/")
                    || endpoint.pattern().startsWith("/api/v1/platform/") || PUBLIC.contains(key)
                    || SIGN_IN_STEPS.contains(key) || PERSONAL.contains(key);
            if (!classified) {
                failures.add(key + " is not classified in this test: decide who may use it");
            }
            if (PERSONAL.contains(key)) {
                check(failures, endpoint, "anonymous", endpoint.isApi() ? 401 : 302, world -> request -> request);
                check(failures, endpoint, "signed-in person", 0, world -> asMember(world.member(OrgRole.VIEWER)));
            }
            if (PUBLIC.contains(key)) {
                check(failures, endpoint, "anonymous", 0, world -> request -> request);
            }
            if (SIGN_IN_STEPS.contains(key)) {
                check(failures, endpoint, "anonymous", 302, world -> request -> request);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anOrganisationIdThatIsNoIdAnswersNotFound() throws Exception {
        World world = new World();
        int status = mvc.perform(asMember(world.member(OrgRole.ORG_ADMIN))
                .postProcess(MockMvcRequestBuilders.get("/orgs/not-a-uuid/members"))).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(404);
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("io.shinrai")) {
                continue;
            }
            OrganisationScoped scope = handler.getMethodAnnotation(OrganisationScoped.class);
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, scope));
                }
            }
        }
        return endpoints;
    }

    /**
     * Sends the request as the caller in a fresh world (so that one request's changes cannot affect the next) and
     * compares the status: 0 means "let through", i.e. anything but 401, 403 and 404.
     */
    private void check(List<String> failures, Endpoint endpoint, String caller, int expected,
                       Function<World, Caller> callerIn) throws Exception {
        World world = new World();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(),
                world.fill(endpoint.pattern())).with(csrf());
        if (endpoint.isApi()) {
            request.accept(MediaType.APPLICATION_JSON);
            if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        } else {
            request.accept(MediaType.TEXT_HTML);
        }
        int status = mvc.perform(callerIn.apply(world).postProcess(request)).andReturn().getResponse().getStatus();
        boolean ok = expected == 0 ? status != 401 && status != 403 && status != 404 : status == expected;
        if (!ok) {
            failures.add(endpoint.key() + " as " + caller + ": expected "
                    + (expected == 0 ? "to be let through" : expected) + " but was " + status);
        }
    }

    interface Caller {
        MockHttpServletRequestBuilder postProcess(MockHttpServletRequestBuilder request);
    }

    private static Caller asMember(UserAccount user) {
        SignedInUser principal = new SignedInUser(user.id(), user.email(), user.displayName(), user.platformAdmin());
        // the matrix is about roles; every member signed in with two factors, which remote maintenance asks for
        List<SimpleGrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority(Authorities.USER),
                new SimpleGrantedAuthority(Authorities.SECOND_FACTOR)));
        if (user.platformAdmin()) {
            authorities.add(new SimpleGrantedAuthority(Authorities.PLATFORM_ADMIN));
        }
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SignInCompletion.SESSION_GENERATION, user.sessionGeneration());
        return request -> request.session(session)
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities)));
    }

    private Caller asToken(World world, Organisation organisation, OrgRole role) {
        return bearer(tokens.issue(organisation.id(), world.member(OrgRole.ORG_ADMIN).id(), "matrix " + role,
                role, Duration.ofDays(1)).secret());
    }

    private static Caller bearer(String secret) {
        return request -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
    }

    /**
     * An organisation with one member per role and a member to act on, beside a second organisation. The same
     * members hold the same roles in a manufacturer, whose products, versions and SBOMs only a maker has.
     */
    private final class World {

        final Organisation organisation = fixtures.organisation(OrganisationKind.HOSPITAL);
        final Organisation maker = fixtures.organisation(OrganisationKind.MANUFACTURER);
        final UUID productId;
        final UUID versionId;
        /** The version's SBOM has one component, which an advisory affects. */
        final long componentId;
        final long findingId;
        /** A link kept as conformity evidence of that version. */
        final UUID conformityEvidenceId;
        final Organisation foreign = fixtures.organisation(OrganisationKind.MANUFACTURER);
        final Map<OrgRole, UserAccount> members = new EnumMap<>(OrgRole.class);
        final UserAccount subject = fixtures.member(organisation, OrgRole.VIEWER);
        final UUID tokenId;
        final UUID disclosureId;
        /** A system in this hospital's ledger, and the disclosure received for it. */
        final UUID systemId;
        final UUID intakeId;
        /** A disclosure of the other organisation, shared with this one. */
        final UUID receivedId;
        /** A link to this organisation's disclosure, and the token it carries. */
        final UUID linkId = UUID.randomUUID();
        final String linkToken = "matrix-link-" + UUID.randomUUID();
        /** This hospital's checklist round, with a vendor form recorded for the system, and evidence in both forms. */
        final UUID roundId;
        final UUID evidenceId;
        final UUID vendorEvidenceId;
        /** The hospital's own copy of a built-in requirement profile. */
        final String profileId;
        /** A vulnerability report sent to this organisation, and the token its reporter follows it with. */
        final UUID reportId = UUID.randomUUID();
        final String reportToken = "matrix-report-" + UUID.randomUUID();
        /** A maintenance window the other organisation asked for on the system, and a restricted-room terminal. */
        final UUID windowId = UUID.randomUUID();
        final UUID terminalId = UUID.randomUUID();
        /** A remote service with a risk assessment started from the template, an own risk method and catalogue. */
        final UUID serviceId;
        final UUID assessmentId;
        final UUID methodId;
        final UUID riskCatalogueId;
        /** The manufacturer's advisory about the version the hospital runs, published for anyone when first asked. */
        private SecurityAdvisories.Published securityAdvisory;

        World() throws Exception {
            for (OrgRole role : OrgRole.values()) {
                members.put(role, fixtures.member(organisation, role));
                memberships.put(members.get(role).id(), maker.id(), role);
            }
            productId = products.add(maker.id(), "matrix product").id();
            versionId = products.addVersion(maker.id(), productId, "1.0", Lifecycle.UNKNOWN).id();
            Path advisory = Files.writeString(Files.createTempFile("matrix-", ".json"), """
                    {"id": "MATRIX-1", "modified": "2026-01-01T00:00:00Z", "affected": [{"package":
                      {"ecosystem": "npm", "name": "matrix-lib"}, "versions": ["1.0.0"]}]}""");
            advisories.importFrom(AdvisoryFormat.OSV, "matrix", "matrix.json", advisory, Locale.JAPANESE);
            Files.delete(advisory);
            sboms.importFile(maker.id(), versionId, "matrix.json", new ByteArrayInputStream("""
                    {"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library",
                      "name": "matrix-lib", "version": "1.0.0", "purl": "pkg:npm/matrix-lib@1.0.0"}]}"""
                    .getBytes(StandardCharsets.UTF_8)));
            inventory.add(organisation.id(), new LedgerEntry("matrix modality", SystemCategory.PACS, maker.name(),
                    "matrix product", "1.0", null, null, null, false, null, null, null));
            findingId = findings.ofVersion(maker.id(), versionId).get(0).id();
            componentId = findings.ofVersion(maker.id(), versionId).get(0).componentId();
            conformityEvidenceId = conformity.addLink(maker.id(), versionId, "1.1", "https://example.org/plan",
                    "plan").id();
            tokenId = tokens.issue(organisation.id(), members.get(OrgRole.ORG_ADMIN).id(), "subject token",
                    OrgRole.VIEWER, Duration.ofDays(1)).token().id();
            disclosureId = disclosures.start(organisation.id(),
                    catalogues.find("mhlw-vendor-checklist", "2025").orElseThrow(), BasicInformation.empty()).id();
            receivedId = disclosures.start(foreign.id(),
                    catalogues.find("mhlw-vendor-checklist", "2025").orElseThrow(), BasicInformation.empty()).id();
            signingKeys.createSelfSigned(organisation.id());
            systemId = inventory.add(organisation.id(), new LedgerEntry("PACS", SystemCategory.PACS, null, null, null,
                    null, null, null, false, null, null, null)).id();
            roundId = checklists.start(organisation.id(), new FiscalYear(2026), false).id();
            vendorForms.record(organisation.id(), roundId, systemId);
            evidenceId = checklists.addEvidence(organisation.id(), roundId, null, "1-①", "evidence.txt",
                    "確認済み".getBytes(StandardCharsets.UTF_8)).id();
            vendorEvidenceId = checklists.addEvidence(organisation.id(), roundId, systemId, "1-①", "evidence.txt",
                    "確認済み".getBytes(StandardCharsets.UTF_8)).id();
            jdbc.sql("insert into disclosure_share (disclosure_id, recipient_id, shared_at) values (:d, :r, :at)")
                    .param("d", receivedId).param("r", organisation.id())
                    .param("at", Timestamp.from(Instant.now())).update();
            intakeId = intake.attachShared(organisation.id(), systemId, receivedId,
                    members.get(OrgRole.ORG_ADMIN).id()).id();
            jdbc.sql("""
                    insert into disclosure_share_link (id, disclosure_id, token_hash, label, created_by, created_at,
                                                       expires_at)
                    values (:id, :d, :hash, 'matrix', :by, :at, :expires)""")
                    .param("id", linkId).param("d", disclosureId).param("hash", Sha256.hex(linkToken))
                    .param("by", members.get(OrgRole.ORG_ADMIN).id()).param("at", Timestamp.from(clock.instant()))
                    .param("expires", Timestamp.from(clock.instant().plus(Duration.ofDays(1)))).update();
            jdbc.sql("""
                    insert into vulnerability_report (id, organisation_id, number, token_hash, title, product,
                                                      description, state, received_at, updated_at)
                    values (:id, :org, 1, :hash, 'matrix', 'matrix', 'matrix', 'NEW', :at, :at)""")
                    .param("id", reportId).param("org", organisation.id()).param("hash", Sha256.hex(reportToken))
                    .param("at", Timestamp.from(clock.instant())).update();
            UserAccount admin = members.get(OrgRole.ORG_ADMIN);
            profileId = profiles.copy(organisation.id(), ProfileChoice.parse("guideline-7.0-mhlw-vendor-checklist@1"),
                    new LocalizedText("マトリクス", "Matrix"),
                    new SignedInUser(admin.id(), admin.email(), admin.displayName(), false)).profile().id();
            jdbc.sql("""
                    insert into maintenance_window (id, hospital_id, system_id, vendor_id, requested_by, requested_at,
                        purpose, starts_at, ends_at, target_host, target_port, method, emergency, status)
                    values (:id, :hospital, :system, :vendor, :by, :at, 'matrix', :at, :ends, '127.0.0.1', 22, 'SSH',
                        false, 'REQUESTED')""")
                    .param("id", windowId).param("hospital", organisation.id()).param("system", systemId)
                    .param("vendor", foreign.id()).param("by", admin.id()).param("at", Timestamp.from(clock.instant()))
                    .param("ends", Timestamp.from(clock.instant().plus(Duration.ofHours(1)))).update();
            jdbc.sql("""
                    insert into maintenance_terminal (id, hospital_id, address, room, recorded_by, recorded_at)
                    values (:id, :hospital, '192.0.2.10', 'matrix', :by, :at)""")
                    .param("id", terminalId).param("hospital", organisation.id()).param("by", admin.id())
                    .param("at", Timestamp.from(clock.instant())).update();
            serviceId = remoteServices.register(organisation.id(), "マトリクス保守").id();
            assessmentId = riskAssessments.start(organisation.id(), serviceId, RiskMethods.BUILT_IN + "ipa-3", null,
                    null, "template-remote-maintenance").id();
            methodId = riskMethods.copy(organisation.id(), "ipa-3").id();
            riskCatalogueId = riskCatalogues.copy(organisation.id()).id();
            jdbc.sql("""
                    insert into remote_service (id, organisation_id, name, disclosure_series_id, created_at)
                    select :id, organisation_id, 'shared service', series_id, :at from disclosure where id = :d""")
                    .param("id", UUID.randomUUID()).param("at", Timestamp.from(clock.instant()))
                    .param("d", receivedId).update();
        }

        SecurityAdvisories.Published securityAdvisory() {
            if (securityAdvisory == null) {
                UUID advisoryId = securityAdvisories.create(maker.id(), null).id();
                securityAdvisories.update(maker.id(), advisoryId, new AdvisoryDraft(
                        CsafAdvisory.Category.SECURITY_ADVISORY, "matrix", "matrix", "", "", "", "",
                        CsafAdvisory.Tlp.WHITE, VexResponse.UPDATE, "update", "",
                        List.of(new VersionStatement(versionId, VexState.EXPLOITABLE, null))));
                securityAdvisories.publish(maker.id(), advisoryId, "matrix");
                securityAdvisory = securityAdvisories.publicOf(maker.id()).get(0);
            }
            return securityAdvisory;
        }

        UserAccount member(OrgRole role) {
            return members.get(role);
        }

        /** The manufacturer for the routes of products, their versions and advisories, the hospital for the rest. */
        Organisation organisationFor(String pattern) {
            return !pattern.contains("/exposure/") && (pattern.contains("/products") || pattern.contains("/versions/")
                    || pattern.contains("/security-advisories")) ? maker : organisation;
        }

        UserAccount foreignAdmin() {
            return fixtures.member(foreign, OrgRole.ORG_ADMIN);
        }

        UserAccount platformAdmin() {
            return fixtures.platformAdmin();
        }

        String foreignToken() {
            return tokens.issue(foreign.id(), foreignAdmin().id(), "foreign", OrgRole.ORG_ADMIN, Duration.ofDays(1))
                    .secret();
        }

        String fill(String pattern) {
            Matcher variables = VARIABLE.matcher(pattern);
            StringBuilder uri = new StringBuilder();
            while (variables.find()) {
                String value = switch (variables.group(1)) {
                    case "orgId" -> organisationFor(pattern).id().toString();
                    case "productId" -> productId.toString();
                    case "versionId" -> versionId.toString();
                    case "componentId" -> String.valueOf(componentId);
                    case "findingId" -> String.valueOf(findingId);
                    case "userId" -> subject.id().toString();
                    case "tokenId" -> tokenId.toString();
                    case "systemId" -> systemId.toString();
                    case "intakeId" -> intakeId.toString();
                    case "catalogueId" -> "mhlw-vendor-checklist";
                    case "ref" -> pattern.contains("/conformity/") ? "1.1" : "1-①";
                    case "disclosureId" -> pattern.contains("/received/") ? receivedId.toString()
                            : disclosureId.toString();
                    case "hospitalId" -> foreign.id().toString();
                    case "sectionId" -> "governance";
                    case "linkId" -> linkId.toString();
                    case "roundId" -> roundId.toString();
                    case "attachmentId" -> pattern.contains("/vendors/") ? vendorEvidenceId.toString()
                            : evidenceId.toString();
                    case "profileId" -> profileId;
                    case "token" -> pattern.startsWith("/s/") ? linkToken
                            : pattern.contains("/psirt/") ? reportToken : "no-such-invitation";
                    case "recipientId" -> foreign.id().toString();
                    case "reportId" -> reportId.toString();
                    case "advisoryId" -> securityAdvisory().advisory().id().toString();
                    case "publisherId" -> maker.id().toString();
                    case "year" -> securityAdvisory().path().substring(0, 4);
                    case "file" -> securityAdvisory().advisory().fileName();
                    case "windowId" -> windowId.toString();
                    case "terminalId" -> terminalId.toString();
                    case "serviceId" -> serviceId.toString();
                    case "assessmentId" -> assessmentId.toString();
                    case "methodId" -> methodId.toString();
                    case "riskCatalogueId" -> riskCatalogueId.toString();
                    case "rowId" -> "T01";
                    case "evidenceId" -> conformityEvidenceId.toString();
                    case "id" -> "jahis-mds";
                    case "version" -> "5.0";
                    default -> throw new IllegalStateException("no test value for {" + variables.group(1)
                            + "} in " + pattern + ": add one here");
                };
                variables.appendReplacement(uri, value);
            }
            variables.appendTail(uri);
            return uri.toString();
        }
    }
}
