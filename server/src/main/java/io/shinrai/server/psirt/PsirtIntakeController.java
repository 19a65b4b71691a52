package io.shinrai.server.psirt;

import io.shinrai.server.attachment.RefusedAttachmentException;
import io.shinrai.server.organisation.Organisation;
import io.shinrai.server.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public pages of a PSIRT: the report form, its acknowledgement with the tracking address, and the tracking
 * page. No account is needed; a refusal for volume or for a filled trap field reads the same, and neither says
 * anything about other reports.
 */
@Controller
class PsirtIntakeController {

    private final VulnerabilityReports reports;
    private final IntakeLimit limit;

    PsirtIntakeController(VulnerabilityReports reports, IntakeLimit limit) {
        this.reports = reports;
        this.limit = limit;
    }

    @GetMapping("/psirt/{recipientId}/report")
    String form(@PathVariable UUID recipientId, Model model) {
        model.addAttribute("organisation", reports.intakeOf(recipientId));
        model.addAttribute("submission", new Submission("", "", "", "", "", ""));
        return "psirt/report";
    }

    @PostMapping("/psirt/{recipientId}/report")
    String submit(@PathVariable UUID recipientId, @Valid @ModelAttribute Submission submission, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Organisation organisation = reports.intakeOf(recipientId);
        model.addAttribute("organisation", organisation);
        if (errors.hasErrors()) {
            return "psirt/report";
        }
        if (submission.looksAutomated() || !limit.admit(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problem", "psirt.notNow");
            return "psirt/report";
        }
        try {
            model.addAttribute("receipt", reports.receive(recipientId, submission, SentFiles.read(files)));
            return "psirt/received";
        } catch (RefusedReportException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", refused.messageKey());
        } catch (RefusedAttachmentException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refusedFile", refused);
        }
        return "psirt/report";
    }

    @GetMapping("/psirt/track/{token}")
    String track(@PathVariable String token, Model model) {
        model.addAttribute("tracking", reports.track(token));
        return "psirt/track";
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView unknown() {
        return new ModelAndView("psirt/unknown", HttpStatus.NOT_FOUND);
    }
}
