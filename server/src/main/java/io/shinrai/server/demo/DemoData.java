package io.shinrai.server.demo;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.inventory.SystemCategory;
import io.shinrai.server.ShinraiProperties;
import io.shinrai.server.tls.TlsProperties;
import io.shinrai.server.account.Accounts;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.checklist.Checklists;
import io.shinrai.server.checklist.FiscalYear;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.inventory.Intake;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.membership.Memberships;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.OrganisationRepository;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.organisation.Organisations.Settings;
import io.shinrai.server.signing.SigningKeys;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo installation of {@code ./shinrai demo}: a manufacturer, a service provider and a hospital with their
 * people, the hospital's ledger of systems and this year's checklist, the manufacturer's product line with its
 * PSIRT's advisory, loaded into an empty database, and the logins printed once the server listens.
 */
@Component
@ConditionalOnProperty(name = "shinrai.demo.enabled", havingValue = "true")
class DemoData {

    static final String PASSWORD = "shinrai-demo-2026";

    record DemoUser(String email, String name, OrgRole role) {
    }

    record DemoOrganisation(String name, OrganisationKind kind, boolean advancedTreatmentHospital,
                            boolean criticalInfrastructure, List<DemoUser> users) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("さくらメディカルシステムズ株式会社", OrganisationKind.MANUFACTURER, false, false, List.of(
                    new DemoUser("psirt@sakura-medical.example", "山田 太郎", OrgRole.ORG_ADMIN),
                    new DemoUser("quality@sakura-medical.example", "佐藤 花子", OrgRole.EDITOR))),
            new DemoOrganisation("みなとリモートサービス株式会社", OrganisationKind.SERVICE_PROVIDER, false, false, List.of(
                    new DemoUser("engineer@minato-remote.example", "鈴木 一郎", OrgRole.ORG_ADMIN))),
            new DemoOrganisation("東都大学医学部附属病院", OrganisationKind.HOSPITAL, true, true, List.of(
                    new DemoUser("isd@toto-univ-hospital.example", "高橋 美咲", OrgRole.ORG_ADMIN),
                    new DemoUser("review@toto-univ-hospital.example", "伊藤 健", OrgRole.REVIEWER))));

    static final String PLATFORM_ADMIN = "admin@shinrai.example";

    private final OrganisationRepository organisationRepository;
    private final Organisations organisations;
    private final Accounts accounts;
    private final Memberships memberships;
    private final TransactionTemplate transaction;
    private final ShinraiProperties properties;
    private final CatalogueLibrary catalogues;
    private final Disclosures disclosures;
    private final Sharing sharing;
    private final SigningKeys signingKeys;
    private final Inventory inventory;
    private final Intake intake;
    private final Checklists checklists;
    private final TlsProperties tls;
    private final DemoProductLine productLine;

    DemoData(OrganisationRepository organisationRepository, Organisations organisations, Accounts accounts,
             Memberships memberships, TransactionTemplate transaction, ShinraiProperties properties,
             CatalogueLibrary catalogues, Disclosures disclosures, Sharing sharing, SigningKeys signingKeys,
             Inventory inventory, Intake intake, Checklists checklists, TlsProperties tls,
             DemoProductLine productLine) {
        this.organisationRepository = organisationRepository;
        this.organisations = organisations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.transaction = transaction;
        this.properties = properties;
        this.catalogues = catalogues;
        this.disclosures = disclosures;
        this.sharing = sharing;
        this.signingKeys = signingKeys;
        this.inventory = inventory;
        this.intake = intake;
        this.checklists = checklists;
        this.tls = tls;
        this.productLine = productLine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAndAnnounce() {
        if (organisationRepository.findAll().isEmpty()) {
            transaction.executeWithoutResult(status -> load());
        }
        announce(System.out);
    }

    private void load() {
        accounts.create(PLATFORM_ADMIN, "プラットフォーム管理者", PASSWORD, true);
        List<Organisation> created = new ArrayList<>();
        for (DemoOrganisation demo : ORGANISATIONS) {
            Organisation organisation = organisations.create(demo.kind(),
                    new Settings(demo.name(), demo.advancedTreatmentHospital(), demo.criticalInfrastructure(), false));
            created.add(organisation);
            for (DemoUser demoUser : demo.users()) {
                UserAccount user = accounts.create(demoUser.email(), demoUser.name(), PASSWORD, false);
                memberships.add(organisation.id(), user.id(), demoUser.role());
            }
        }
        StoredDisclosure shared = shareAPublishedChecklist(created.get(0), created.get(2));
        keepALedger(created.get(2), created.get(0), shared);
        productLine.load(created.get(0));
        checklists.start(created.get(2).id(), FiscalYear.containing(LocalDate.now()), false);
    }

    /** The hospital's ledger: its critical systems, a PACS with the checklist attached, and one still without. */
    private void keepALedger(Organisation hospital, Organisation manufacturer, StoredDisclosure shared) {
        inventory.add(hospital.id(), new LedgerEntry("電子カルテ", SystemCategory.ELECTRONIC_MEDICAL_RECORD,
                "東都メディカルソフト株式会社", "Toto EMR", "8.1", "医療情報部", "本館サーバ室", "VLAN 10", true,
                "IP-VPN（閉域網）", LocalDate.of(2022, 1, 4), "高橋 美咲"));
        inventory.add(hospital.id(), new LedgerEntry("手術部門システム", SystemCategory.SURGERY,
                "東都メディカルソフト株式会社", "OpeNavi", "5.0", "手術部", "中央手術室", "VLAN 30", false, null,
                LocalDate.of(2020, 10, 1), "手術部 事務"));
        InventorySystem pacs = inventory.add(hospital.id(), new LedgerEntry("PACS（放射線部）", SystemCategory.PACS,
                manufacturer.name(), DemoProductLine.PRODUCT, DemoProductLine.INSTALLED, "放射線部", "本館サーバ室",
                "VLAN 20", true, "IP-VPN（閉域網）", LocalDate.of(2023, 4, 1), "放射線部 技師長"));
        intake.attachShared(hospital.id(), pacs.id(), shared.id(), null);
        inventory.add(hospital.id(), new LedgerEntry("院内LAN コアスイッチ", SystemCategory.NETWORK_DEVICE,
                "みなとネットワークス", "MX-9000", "15.2", "医療情報部", "本館サーバ室", "管理VLAN", false, null,
                LocalDate.of(2019, 3, 20), "高橋 美咲"));
    }

    /**
     * The manufacturer's answers to the MHLW vendor checklist, published and shared with the hospital; the
     * manufacturer has a signing key, so the disclosure also downloads signed.
     */
    private StoredDisclosure shareAPublishedChecklist(Organisation manufacturer, Organisation hospital) {
        Catalogue checklist = catalogues.find("mhlw-vendor-checklist", "2025").orElseThrow();
        StoredDisclosure draft = disclosures.start(manufacturer.id(), checklist,
                new BasicInformation(LocalDate.now(), manufacturer.name(), "さくら画像サーバ SX", "4.1"));
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (Item item : checklist.allItems()) {
            answers.put(item.ref(), ItemAnswer.of(Answer.YES));
        }
        disclosures.edit(manufacturer.id(), draft.id(), new Disclosures.Edit(answers, null, null));
        disclosures.publish(manufacturer.id(), draft.id());
        sharing.share(manufacturer.id(), draft.id(), hospital.id());
        signingKeys.createSelfSigned(manufacturer.id());
        return draft;
    }

    private void announce(PrintStream out) {
        out.println();
        out.println("  Shinrai demo: " + properties.baseUrl());
        if (tls.httpsPort() != null) {
            out.println("  HTTPS (TLS 1.3, X25519MLKEM768): https://localhost:" + tls.httpsPort()
                    + "  — trust " + tls.directory().resolve("ca.pem").toAbsolutePath().normalize()
                    + " in the browser first");
        }
        out.println("  Password for every demo login: " + PASSWORD);
        out.println("    " + PLATFORM_ADMIN + "  (platform admin; sets up an authenticator app at first sign-in)");
        for (DemoOrganisation demo : ORGANISATIONS) {
            for (DemoUser user : demo.users()) {
                out.println("    " + user.email() + "  (" + user.role() + ", " + demo.name() + ")");
            }
        }
        out.println();
    }
}
