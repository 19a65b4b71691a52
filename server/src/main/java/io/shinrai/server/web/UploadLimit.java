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
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads that cannot be taken: over the limit (SHINRAI_MAX_UPLOAD) answers 413, a request that is not a proper
 * multipart upload 400. Both are found while the request is read, before any controller is chosen, so this advice
 * applies everywhere: a problem detail for the API, the error page otherwise.
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
        return refuse(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge", request, response);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notAnUpload(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return refuse(HttpStatus.BAD_REQUEST, "problem.notAnUpload", request, response);
    }

    private ResponseEntity<ProblemDetail> refuse(HttpStatus status, String messageKey, HttpServletRequest request,
                                                 HttpServletResponse response) throws IOException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(status.value());
            return null;
        }
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, null, LocaleContextHolder.getLocale())));
    }
}
