package io.shinrai.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit (SHINRAI_MAX_UPLOAD) answers 413. The limit is hit while the request is read, before
 * any controller is chosen, so this advice applies everywhere: a problem detail for the API, the error page
 * otherwise.
 */
@ControllerAdvice
class UploadLimit {

    private final MessageSource messages;

    UploadLimit(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return null;
        }
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("problem.tooLarge", null, LocaleContextHolder.getLocale())));
    }
}
