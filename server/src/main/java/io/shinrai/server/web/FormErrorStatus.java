package io.shinrai.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again because of field errors answers 400, like the API does for a malformed body, while the
 * person sees the same page with the errors next to the fields.
 */
@Component
class FormErrorStatus implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view != null && !view.wasCleared() && view.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
