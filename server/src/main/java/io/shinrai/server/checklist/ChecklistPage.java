package io.shinrai.server.checklist;

import io.shinrai.server.attachment.Attachments;
import io.shinrai.server.inventory.InventorySystem;
import io.shinrai.server.organisation.Organisation;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What templates/checklist/form.html needs, for the hospital's own form and for a vendor's. */
@Component
class ChecklistPage {

    private final ChecklistReminders reminders;
    private final Checklists checklists;

    ChecklistPage(ChecklistReminders reminders, Checklists checklists) {
        this.reminders = reminders;
        this.checklists = checklists;
    }

    static String basePath(UUID hospitalId, UUID roundId, UUID systemId) {
        return "/orgs/" + hospitalId + "/checklists/" + roundId + (systemId == null ? "" : "/vendors/" + systemId);
    }

    /** {@code system} is null for the hospital's own form; {@code form} is null for a vendor's not there yet. */
    void describe(Model model, Organisation hospital, ChecklistRound round, InventorySystem system,
                  ChecklistForm form, String sectionId, boolean canEdit) {
        model.addAttribute("organisation", hospital);
        model.addAttribute("round", round);
        model.addAttribute("system", system);
        model.addAttribute("critical", system != null && system.critical(hospital));
        model.addAttribute("form", form);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("basePath", basePath(hospital.id(), round.id(), system == null ? null : system.id()));
        model.addAttribute("largestMegabytes", Attachments.LARGEST / 1024 / 1024);
        model.addAttribute("today", checklists.today());
        if (form != null) {
            model.addAttribute("section", form.section(sectionId));
            model.addAttribute("editable", canEdit && !form.checklist().isLinked());
            model.addAttribute("reminders", reminders.of(hospital.id()).of(form.checklist().id()));
        }
    }
}
