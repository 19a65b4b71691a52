package io.shinrai.bench;

import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.Finding;
import io.shinrai.hospital.Gap;
import io.shinrai.hospital.GapAnalysis;
import io.shinrai.inventory.LedgerEntry;
import io.shinrai.server.account.Accounts;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.Sharing;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.gap.GapKey;
import io.shinrai.server.gap.Gaps;
import io.shinrai.server.gap.RiskDecision;
import io.shinrai.server.gap.RiskEvaluations;
import io.shinrai.server.inventory.Intake;
import io.shinrai.server.inventory.Inventory;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.inventory.ReceivedDisclosure;
import io.shinrai.server.membership.Memberships;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.Organisations;
import io.shinrai.server.organisation.Organisations.Settings;
import io.shinrai.server.security.SignedInUser;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty server through its own services, as vendors and a hospital would: a 特定機能病院 with two people,
 * vendors that publish disclosures and share them with it, its ledger with a shared disclosure attached to every
 * system, and risk evaluations of the gaps of about three systems in ten. The same sizes always give the same data.
 */
final class HospitalSeed {

    static final String PASSWORD = "hospital-load-2026";
    private static final String EDITOR = "isd@load-univ-hospital.example";
    private static final String REVIEWER = "review@load-univ-hospital.example";
    private static final List<String> NAME_STEMS = List.of("さくら", "東都", "みなと", "北斗", "青葉", "若葉", "光陽",
            "大和", "富士", "瑞穂", "朝日", "白山", "浜松", "信濃", "筑紫", "出雲", "飛鳥", "常盤", "葵", "明星",
            "千代田", "武蔵", "相模", "近江", "吉備");
    private static final List<String> NAME_ENDINGS = List.of("メディカル", "ヘルスケア", "医療システム",
            "画像システム", "メディテック", "ネットワークス", "ソリューションズ", "情報システム", "医療機器",
            "ライフサイエンス", "テクノロジー", "システムサービス");

    /** What the load run needs of what was seeded. */
    record Seeded(Organisation hospital, String memberEmail, UUID shownSystem, int systems, int vendors,
                  int evaluations) {
    }

    private final Organisations organisations;
    private final Accounts accounts;
    private final Memberships memberships;
    private final Disclosures disclosures;
    private final Sharing sharing;
    private final Inventory inventory;
    private final Intake intake;
    private final Gaps gaps;
    private final RiskEvaluations evaluations;
    private final CatalogueLibrary catalogues;
    private final TransactionTemplate transaction;
    private final PrintStream out;
    private final Random random = new Random(2026);

    HospitalSeed(ApplicationContext server, PrintStream out) {
        organisations = server.getBean(Organisations.class);
        accounts = server.getBean(Accounts.class);
        memberships = server.getBean(Memberships.class);
        disclosures = server.getBean(Disclosures.class);
        sharing = server.getBean(Sharing.class);
        inventory = server.getBean(Inventory.class);
        intake = server.getBean(Intake.class);
        gaps = server.getBean(Gaps.class);
        evaluations = server.getBean(RiskEvaluations.class);
        catalogues = server.getBean(CatalogueLibrary.class);
        transaction = server.getBean(TransactionTemplate.class);
        this.out = out;
    }

    /** Vendors take the systems in turn first, so that each has one; the rest go mostly to a few large vendors. */
    Seeded seed(int systems, int vendorCount) {
        if (vendorCount < 1 || vendorCount > NAME_STEMS.size() * NAME_ENDINGS.size() || vendorCount > systems) {
            throw new IllegalArgumentException("between 1 and " + NAME_STEMS.size() * NAME_ENDINGS.size()
                    + " vendors, and no more vendors than systems");
        }
        long start = System.nanoTime();
        Organisation hospital = organisations.create(OrganisationKind.HOSPITAL,
                new Settings("負荷試験大学医学部附属病院", true, true, false));
        SignedInUser editor = member(hospital, EDITOR, "情報システム部 担当", OrgRole.EDITOR);
        SignedInUser reviewer = member(hospital, REVIEWER, "情報システム部 部長", OrgRole.REVIEWER);
        List<Vendor> vendors = new ArrayList<>();
        for (int index = 0; index < vendorCount; index++) {
            vendors.add(vendor(index));
        }
        progress("organisations and people", start);

        LedgerLines ledger = new LedgerLines(random);
        List<InventorySystem> ledgerSystems = new ArrayList<>();
        long stepStart = System.nanoTime();
        for (int number = 1; number <= systems; number++) {
            Vendor vendor = number <= vendorCount ? vendors.get(number - 1)
                    : vendors.get((int) (vendorCount * Math.pow(random.nextDouble(), 2)));
            int systemNumber = number;
            ledgerSystems.add(transaction.execute(status -> publishAndAttach(hospital, vendor, ledger, systemNumber)));
            if (number % 250 == 0 || number == systems) {
                // in steps, because a step takes longer the more the hospital has already received
                progress(String.format(Locale.ROOT, "systems %d-%d: disclosure published and shared, system listed,"
                        + " disclosure attached", (number - 1) / 250 * 250 + 1, number), stepStart);
                stepStart = System.nanoTime();
            }
        }

        stepStart = System.nanoTime();
        int evaluated = 0;
        // the system page of the load run: a critical system whose gaps are evaluated, so that its page shows both
        UUID shown = ledgerSystems.get(0).id();
        boolean shownEvaluated = false;
        for (InventorySystem system : ledgerSystems) {
            if (random.nextInt(10) < 3) {
                int count = transaction.execute(status -> evaluate(hospital, system, editor, reviewer));
                evaluated += count;
                if (!shownEvaluated && count > 0 && system.critical(hospital)) {
                    shown = system.id();
                    shownEvaluated = true;
                }
            }
        }
        progress(evaluated + " gaps evaluated", stepStart);
        progress("seeding", start);
        return new Seeded(hospital, REVIEWER, shown, systems, vendorCount, evaluated);
    }

    private SignedInUser member(Organisation hospital, String email, String name, OrgRole role) {
        UUID id = accounts.create(email, name, PASSWORD, false).id();
        memberships.add(hospital.id(), id, role);
        return new SignedInUser(id, email, name, false);
    }

    /** A vendor on the platform, the checklists it answers and how diligently. */
    private record Vendor(Organisation organisation, List<Catalogue> checklists, VendorAnswers answers) {
    }

    private Vendor vendor(int index) {
        String name = NAME_STEMS.get(index % NAME_STEMS.size()) + NAME_ENDINGS.get(index / NAME_STEMS.size());
        boolean manufacturer = index % 5 != 4;
        Organisation organisation = organisations.create(
                manufacturer ? OrganisationKind.MANUFACTURER : OrganisationKind.SERVICE_PROVIDER,
                new Settings(index % 2 == 0 ? "株式会社" + name : name + "株式会社", false, false, false));
        Catalogue own = catalogues.find(manufacturer ? "jahis-mds" : "jahis-sds", "5.0").orElseThrow();
        Catalogue checklist = catalogues.find("mhlw-vendor-checklist", "2025").orElseThrow();
        return new Vendor(organisation, List.of(own, checklist),
                new VendorAnswers(0.75 + 0.23 * random.nextDouble(), random));
    }

    /** One product: the vendor publishes its disclosure and shares it, the hospital lists the system and attaches it. */
    private InventorySystem publishAndAttach(Organisation hospital, Vendor vendor, LedgerLines ledger, int number) {
        Catalogue catalogue = vendor.checklists().get(random.nextInt(100) < 55 ? 0 : 1);
        String version = (1 + random.nextInt(9)) + "." + random.nextInt(10);
        LedgerEntry line = ledger.line(number, vendor.organisation().name(),
                random.nextInt(10) == 0 ? version + ".1" : version);
        UUID vendorId = vendor.organisation().id();
        StoredDisclosure draft = disclosures.start(vendorId, catalogue, new BasicInformation(
                LocalDate.of(2025, 4, 1).plusDays(random.nextInt(600)), vendor.organisation().name(), line.product(),
                version));
        disclosures.edit(vendorId, draft.id(), vendor.answers().answer(catalogue, draft.document().basics()));
        List<Finding> findings = disclosures.publish(vendorId, draft.id());
        if (!findings.isEmpty()) {
            throw new IllegalStateException("a made-up disclosure of " + catalogue.key() + " cannot be published: "
                    + findings);
        }
        sharing.share(vendorId, draft.id(), hospital.id());
        InventorySystem system = inventory.add(hospital.id(), line);
        intake.attachShared(hospital.id(), system.id(), draft.id(), null);
        return system;
    }

    /**
     * Evaluates every gap of a system: one person proposes, and another approves three in four of the proposals and
     * returns one in twenty; some are overdue or due for review. Returns how many gaps were evaluated.
     */
    private int evaluate(Organisation hospital, InventorySystem system, SignedInUser editor, SignedInUser reviewer) {
        ReceivedDisclosure received = intake.history(hospital.id(), system.id()).get(0);
        Catalogue catalogue = catalogues.find(received.document().catalogueId(),
                received.document().catalogueVersion()).orElseThrow();
        List<Gap> found = GapAnalysis.of(catalogue, gaps.profileFor(hospital, system, catalogue),
                received.document()).gaps();
        LocalDate today = LocalDate.now();
        for (Gap gap : found) {
            GapKey key = new GapKey(system.id(), catalogue.id(), gap.ref());
            RiskDecision decision = RiskDecision.values()[random.nextInt(RiskDecision.values().length)];
            evaluations.propose(hospital.id(), key, new RiskEvaluations.Proposal(decision,
                    "ベンダーの回答（" + gap.ref() + "）を確認し、院内の運用で補えると判断した。",
                    decision == RiskDecision.MITIGATE ? "院内ネットワークを VLAN で分離し、保守接続は都度承認とする。" : null,
                    "情報システム部", today.plusDays(random.nextInt(120) - 20),
                    today.plusDays(random.nextInt(400) - 15)), editor);
            int roll = random.nextInt(20);
            if (roll < 15) {
                evaluations.approve(hospital.id(), key, reviewer);
            } else if (roll == 15) {
                evaluations.returnWithComment(hospital.id(), key, "補完策の記載を具体的にしてください。", reviewer);
            }
        }
        return found.size();
    }

    private void progress(String what, long since) {
        out.printf(Locale.ROOT, "  %s: %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
