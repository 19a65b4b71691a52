package io.shinrai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.shinrai.server.Fixtures;
import io.shinrai.server.ShinraiTest;
import io.shinrai.server.account.UserAccount;
import io.shinrai.server.activity.ActivityLog;
import io.shinrai.server.checklist.Checklists;
import io.shinrai.server.membership.OrgRole;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.organisation.OrganisationKind;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A hospital's information-system staff start this year's checklist and answer an item from the keyboard: the answer
 * is saved as they go, even when they leave the page at once, and the day they answered it becomes its check date.
 */
@ShinraiTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChecklistJourneyTest {

    private static final By ANSWER = By.name("answer:1-①");
    private static final By CHECKED_ON = By.name("checkedOn:1-①");
    private static final By REMARKS = By.name("remarks:1-①");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;
    @Autowired
    Checklists checklists;
    @Autowired
    Clock clock;

    @Test
    void anAnswerTypedIntoThisYearsChecklistIsSavedWithTodayAsItsCheckDate() {
        String form = startThisYearsChecklist();
        browser.focus(ANSWER);
        browser.type(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.TAB);
        browser.focus(REMARKS);
        browser.type("次年度の体制で任命予定", Keys.TAB);
        browser.waitForText(By.xpath("//*[@id='progress']//li[a[contains(@href, 'section=governance')]]"), "1/1");

        browser.reopenUntilValue(form, REMARKS, "次年度の体制で任命予定");
        assertThat(browser.chosen(ANSWER)).isEqualTo("いいえ");
        assertThat(browser.value(CHECKED_ON)).isEqualTo(LocalDate.ofInstant(clock.instant(), ActivityLog.DISPLAY_ZONE)
                .toString());
        assertThat(browser.text(By.tagName("main"))).contains("「いいえ」の項目には目標日を記入してください");
    }

    @Test
    void remarksTypedJustBeforeLeavingThePageAreKept() {
        String form = startThisYearsChecklist();
        browser.focus(REMARKS);
        browser.type("担当者へ確認中");
        browser.open("/");

        browser.reopenUntilValue(form, REMARKS, "担当者へ確認中");
    }

    /** Signs in as a hospital's editor, starts this year's checklist and returns the path of its form. */
    private String startThisYearsChecklist() {
        Organisation hospital = fixtures.organisation(OrganisationKind.HOSPITAL);
        UserAccount staff = fixtures.member(hospital, OrgRole.EDITOR);
        browser.signIn(staff.email(), Fixtures.PASSWORD);
        browser.open("/orgs/" + hospital.id() + "/checklists");
        browser.press("始める");
        browser.waitForText(By.cssSelector("main [role=status]"), "年度の確認を始めました");
        return "/orgs/" + hospital.id() + "/checklists/" + checklists.rounds(hospital.id()).get(0).id();
    }
}
