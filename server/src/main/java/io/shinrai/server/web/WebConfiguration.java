package io.shinrai.server.web;

import io.shinrai.server.security.OrganisationAccessInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Japanese by default, English on request (?lang=en, remembered in a cookie; on the API also by Accept-Language,
 * which scripts send rather than cookies); organisation access; form errors.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT_LOCALE = Locale.JAPANESE;
    private static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private final OrganisationAccessInterceptor organisationAccess;
    private final FormErrorStatus formErrorStatus;

    WebConfiguration(OrganisationAccessInterceptor organisationAccess, FormErrorStatus formErrorStatus) {
        this.organisationAccess = organisationAccess;
        this.formErrorStatus = formErrorStatus;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("shinrai-lang");
        resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Pages are Japanese until someone switches; an API client gets the language its Accept-Language asks for. */
    private static Locale defaultLocale(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted == null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return DEFAULT_LOCALE;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
            return chosen == null ? DEFAULT_LOCALE : chosen;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT_LOCALE;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(organisationAccess);
        registry.addInterceptor(formErrorStatus);
    }
}
