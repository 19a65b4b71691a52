package io.shinrai.server.web;

import io.shinrai.server.security.OrganisationAccessInterceptor;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Japanese by default, English on request (?lang=en, remembered in a cookie); organisation access; form errors. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT_LOCALE = Locale.JAPANESE;

    private final OrganisationAccessInterceptor organisationAccess;
    private final FormErrorStatus formErrorStatus;

    WebConfiguration(OrganisationAccessInterceptor organisationAccess, FormErrorStatus formErrorStatus) {
        this.organisationAccess = organisationAccess;
        this.formErrorStatus = formErrorStatus;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("shinrai-lang");
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
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
