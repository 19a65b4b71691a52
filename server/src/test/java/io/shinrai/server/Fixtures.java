package io.shinrai.server;

import io.shinrai.catalog.Answer;
import io.shinrai.catalog.Catalogue;
import io.shinrai.catalog.CatalogueLibrary;
import io.shinrai.catalog.Item;
import io.shinrai.crypto.Base32;
import io.shinrai.crypto.Totp;
import io.shinrai.disclosure.BasicInformation;
import io.shinrai.disclosure.ItemAnswer;
import io.shinrai.server.account.PasswordRules;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.account.UserAccountRepository;
import io.shinrai.server.disclosure.Disclosures;
import io.shinrai.server.disclosure.StoredDisclosure;
import io.shinrai.server.membership.MembershipRepository;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import io.shinrai.server.organisation.OrganisationRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/**
 * Organisations and people made straight in the database, each with unique names so tests never collide, and
 * the disclosures they publish.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final Disclosures disclosures;
    private final CatalogueLibrary catalogues;
    private final Clock clock;
    private final String passwordHash;

    Fixtures(OrganisationRepository organisations, UserAccountRepository users, MembershipRepository memberships,
             Disclosures disclosures, CatalogueLibrary catalogues, PasswordRules passwords, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.memberships = memberships;
        this.disclosures = disclosures;
        this.catalogues = catalogues;
        this.clock = clock;
        this.passwordHash = passwords.hash(PASSWORD);
    }

    /** A published first revision of the vendor checklist, every item answered はい. */
    public StoredDisclosure publishedDisclosure(Organisation vendor, String product, String version) {
        Catalogue checklist = catalogues.find("mhlw-vendor-checklist", "2025").orElseThrow();
        StoredDisclosure draft = disclosures.start(vendor.id(), checklist,
                new BasicInformation(null, vendor.name(), product, version));
        Map<String, ItemAnswer> answers = new HashMap<>();
        for (Item item : checklist.allItems()) {
            answers.put(item.ref(), ItemAnswer.of(Answer.YES));
        }
        disclosures.edit(vendor.id(), draft.id(), new Disclosures.Edit(answers, null, null));
        if (!disclosures.publish(vendor.id(), draft.id()).isEmpty()) {
            throw new IllegalStateException("the fully answered checklist should publish");
        }
        return disclosures.get(vendor.id(), draft.id());
    }

    public Organisation organisation(OrganisationKind kind) {
        return insert(new Organisation(UUID.randomUUID(), "org-" + UUID.randomUUID(), kind, false, false, false,
                clock.instant()));
    }

    /** A 特定機能病院, whose EMR, surgery and intensive-care systems are critical infrastructure. */
    public Organisation advancedTreatmentHospital() {
        return insert(new Organisation(UUID.randomUUID(), "org-" + UUID.randomUUID(), OrganisationKind.HOSPITAL,
                true, true, false, clock.instant()));
    }

    private Organisation insert(Organisation organisation) {
        organisations.insert(organisation);
        return organisation;
    }

    public UserAccount user() {
        return user(false);
    }

    public UserAccount platformAdmin() {
        return user(true);
    }

    private UserAccount user(boolean platformAdmin) {
        String email = "user-" + UUID.randomUUID() + "@example.test";
        UserAccount user = new UserAccount(UUID.randomUUID(), email, "Test " + email.substring(5, 13), passwordHash,
                platformAdmin, null, -1, null, 0, clock.instant());
        users.insert(user);
        return user;
    }

    public UserAccount member(Organisation organisation, OrgRole role) {
        UserAccount user = user();
        memberships.put(user.id(), organisation.id(), role);
        return user;
    }

    /** Gives the user an authenticator and returns its secret. */
    public byte[] enrolTotp(UserAccount user) {
        byte[] secret = Totp.newSecret(new SecureRandom());
        users.updateTotp(user.id(), Base32.encode(secret), -1);
        return secret;
    }

    public String currentCode(byte[] secret) {
        return Totp.code(secret, Totp.stepAt(clock.instant()), Totp.DIGITS);
    }
}
