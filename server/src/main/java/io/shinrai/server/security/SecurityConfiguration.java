package io.shinrai.server.security;

import io.shinrai.server.account.UserAccountRepository;
import io.shinrai.server.apitoken.ApiTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/api/v1/");
    private static final RequestMatcher CARRIES_TOKEN = request -> request.getHeader("Authorization") != null;
    /**
     * Disclosures shared by link and vulnerability reports followed by their tracking address, open to anyone: the
     * address is the secret, so caches and referrers never get it.
     */
    private static final RequestMatcher SECRET_ADDRESS = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/s/")
            || request.getRequestURI().startsWith(request.getContextPath() + "/psirt/track/");
    /** The public PSIRT intake for programs, which carry neither a session nor a token. */
    private static final RequestMatcher PUBLIC_API = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/api/v1/psirt/");

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SecurityContextRepository contexts, PasswordSignIn passwordSignIn,
                                    SignInHandlers signInHandlers, ApiTokens tokens, ProblemResponses problems,
                                    UserAccountRepository users, SignInAttempts attempts) throws Exception {
        http
                .securityContext(context -> context.securityContextRepository(contexts))
                // A manager of its own: with the password provider also registered globally, Spring Security
                // would ask it a second time after every failure, counting each wrong password twice.
                .authenticationManager(new ProviderManager(passwordSignIn))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionGenerationFilter(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/invitations/**", "/s/**", "/psirt/**", "/api/v1/psirt/**",
                                "/csaf/**", "/css/**", "/js/**",
                                "/webjars/**", "/favicon.ico", "/error", "/actuator/health/**", "/actuator/info",
                                "/api/docs/**", "/swagger-ui/**").permitAll()
                        .requestMatchers("/login/two-factor/**").hasAuthority(Authorities.PENDING_SECOND_FACTOR)
                        .requestMatchers("/platform/**", "/api/v1/platform/**", "/actuator/**")
                        .hasAuthority(Authorities.PLATFORM_ADMIN)
                        .requestMatchers("/api/**").hasAnyAuthority(Authorities.USER, Authorities.API)
                        .anyRequest().hasAuthority(Authorities.USER))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(signInHandlers)
                        .failureHandler(signInHandlers))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> attempts.loggedOut(authentication)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(CARRIES_TOKEN, PUBLIC_API))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, exception) ->
                                problems.write(request, response, 401, "problem.unauthenticated"), API)
                        .accessDeniedHandler((request, response, exception) -> {
                            if (API.matches(request)) {
                                problems.write(request, response, 403, "problem.forbidden");
                            } else if (pendingSecondFactor(request)) {
                                response.sendRedirect(request.getContextPath() + "/login/two-factor");
                            } else {
                                response.sendError(403);
                            }
                        }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SECRET_ADDRESS, (request, response) -> {
                            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                            response.setHeader("Referrer-Policy", ReferrerPolicy.NO_REFERRER.getPolicy());
                        })));
        return http.build();
    }

    private static boolean pendingSecondFactor(HttpServletRequest request) {
        return Authorities.has(SecurityContextHolder.getContext().getAuthentication(),
                Authorities.PENDING_SECOND_FACTOR);
    }
}
