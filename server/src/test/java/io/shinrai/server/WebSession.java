package io.shinrai.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** One person's browser session against the server: the same session cookie across requests, CSRF tokens sent. */
public class WebSession {

    private final MockMvc mvc;
    private MockHttpSession session = new MockHttpSession();

    public WebSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Submits the login form; returns where the server sends the browser next. */
    public String signIn(String email, String password) throws Exception {
        return post("/login", "email", email, "password", password).getRedirectedUrl();
    }

    public MockHttpServletResponse get(String path) throws Exception {
        return get(path, MediaType.TEXT_HTML);
    }

    public MockHttpServletResponse get(String path, MediaType accept) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).session(session)
                .accept(accept)).andReturn().getResponse();
        followInvalidation();
        return response;
    }

    /** What htmx fetches: the part of a page that it swaps in. */
    public MockHttpServletResponse getFragment(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).session(session).header("HX-Request", "true"))
                .andReturn().getResponse();
    }

    /** What htmx sends when a form changes: the form, answered with the part of the page to swap in. */
    public MockHttpServletResponse postFragment(String path, String... parameters) throws Exception {
        return mvc.perform(form(path, parameters).header("HX-Request", "true")).andReturn().getResponse();
    }

    /** Posts a form; parameters come as name, value pairs. */
    public MockHttpServletResponse post(String path, String... parameters) throws Exception {
        MockHttpServletResponse response = mvc.perform(form(path, parameters).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        followInvalidation();
        return response;
    }

    /** Posts a form and, like a browser, follows the redirect; returns the page the person lands on. */
    public MockHttpServletResponse submit(String path, String... parameters) throws Exception {
        MockHttpServletResponse response = post(path, parameters);
        if (response.getRedirectedUrl() == null) {
            return response;
        }
        // the redirect is already encoded: taken as a URI, not as a template to encode again
        MockHttpServletResponse landed = mvc.perform(MockMvcRequestBuilders.get(URI.create(response.getRedirectedUrl()))
                .session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        followInvalidation();
        return landed;
    }

    /** Submits a form with file fields, as a browser does with enctype="multipart/form-data". */
    public MockHttpServletResponse upload(String path, MockMultipartFile... files) throws Exception {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        MockHttpServletResponse response = mvc.perform(request.session(session).with(csrf())
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        followInvalidation();
        return response;
    }

    /** Submits a form with one file field and other fields beside it. */
    public MockHttpServletResponse uploadWith(String path, MockMultipartFile file, String... parameters)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path);
        request.file(file);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request.session(session).with(csrf())
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        followInvalidation();
        return response;
    }

    private MockHttpServletRequestBuilder form(String path, String... parameters) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).session(session).with(csrf());
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    public String sessionId() {
        return session.getId();
    }

    /** A browser whose session was invalidated gets a new one on the next request. */
    private void followInvalidation() {
        if (session.isInvalid()) {
            session = new MockHttpSession();
        }
    }
}
