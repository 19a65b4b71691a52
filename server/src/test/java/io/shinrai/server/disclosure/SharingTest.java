package io.shinrai.server.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.WebSession;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A hospital sees exactly what a vendor shared with it, until the vendor revokes it. */
@ShinraiTest
@AutoConfigureMockMvc
class SharingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Disclosures disclosures;

    Organisation vendor;
    Organisation hospital;
    Organisation otherHospital;
    WebSession vendorReviewer;
    WebSession hospitalViewer;
    WebSession otherHospitalViewer;
    StoredDisclosure published;

    @BeforeEach
    void aVendorWithAPublishedDisclosureAndTwoHospitals() throws Exception {
        vendor = fixtures.organisation(OrganisationKind.MANUFACTURER);
        hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        otherHospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        vendorReviewer = signedIn(vendor, OrgRole.REVIEWER);
        hospitalViewer = signedIn(hospital, OrgRole.VIEWER);
        otherHospitalViewer = signedIn(otherHospital, OrgRole.VIEWER);
        published = fixtures.publishedDisclosure(vendor, "SMX 画像サーバ");
    }

    @Test
    void theHospitalSharedWithReadsAndDownloadsItAndNoOtherHospitalCan() throws Exception {
        vendorReviewer.post(disclosurePath() + "/shares", "hospital", hospital.id().toString());

        assertThat(hospitalViewer.get("/orgs/" + hospital.id() + "/received").getContentAsString())
                .contains(vendor.name()).contains(published.document().documentId());
        assertThat(hospitalViewer.get(receivedPath(hospital)).getContentAsString()).contains("SMX 画像サーバ");
        assertThat(hospitalViewer.get(receivedPath(hospital) + "/export?format=JSON").getContentAsString())
                .contains("\"product\" : \"SMX 画像サーバ\"");
        assertThat(otherHospitalViewer.get(receivedPath(otherHospital)).getStatus()).isEqualTo(404);
        assertThat(otherHospitalViewer.get("/orgs/" + otherHospital.id() + "/received").getContentAsString())
                .doesNotContain(published.document().documentId());
    }

    @Test
    void aRevokedShareIsGoneForTheHospital() throws Exception {
        vendorReviewer.post(disclosurePath() + "/shares", "hospital", hospital.id().toString());
        vendorReviewer.post(disclosurePath() + "/shares/" + hospital.id() + "/revoke");

        assertThat(hospitalViewer.get(receivedPath(hospital)).getStatus()).isEqualTo(404);
        assertThat(vendorReviewer.get(disclosurePath()).getContentAsString()).contains("取り消し済み");
    }

    @Test
    void aDraftCannotBeShared() throws Exception {
        StoredDisclosure draft = disclosures.revise(vendor.id(), published.id());

        vendorReviewer.post("/orgs/" + vendor.id() + "/disclosures/" + draft.id() + "/shares", "hospital",
                hospital.id().toString());

        assertThat(hospitalViewer.get("/orgs/" + hospital.id() + "/received/" + draft.id()).getStatus())
                .isEqualTo(404);
    }

    private WebSession signedIn(Organisation organisation, OrgRole role) throws Exception {
        WebSession session = new WebSession(mvc);
        session.signIn(fixtures.member(organisation, role).email(), Fixtures.PASSWORD);
        return session;
    }

    private String disclosurePath() {
        return "/orgs/" + vendor.id() + "/disclosures/" + published.id();
    }

    private String receivedPath(Organisation recipient) {
        return "/orgs/" + recipient.id() + "/received/" + published.id();
    }
}
