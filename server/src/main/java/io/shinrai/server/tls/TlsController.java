package io.shinrai.server.tls;

import io.shinrai.crypto.TlsIdentity;
import io.shinrai.crypto.TlsIdentityFiles;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform admin's view of TLS: the certificate every listener presents, replacing it, and the recent
 * handshakes with the key-exchange group each one used, including the connection this page came over.
 */
@Controller
class TlsController {

    /** Tomcat's request attribute for the id of the TLS session, which the server sets to the connection's id. */
    private static final String SESSION_ID = "jakarta.servlet.request.ssl_session_id";

    private final ServerCertificate certificate;
    private final RecentHandshakes handshakes;
    private final TlsProperties properties;

    TlsController(ServerCertificate certificate, RecentHandshakes handshakes, TlsProperties properties) {
        this.certificate = certificate;
        this.handshakes = handshakes;
        this.properties = properties;
    }

    @GetMapping("/platform/tls")
    String show(HttpServletRequest request, Model model) {
        model.addAttribute("certificate", certificate.status());
        model.addAttribute("localAuthority", certificate.localAuthorityPem().isPresent());
        model.addAttribute("httpsPort", properties.httpsPort());
        model.addAttribute("handshakes", handshakes.newestFirst());
        model.addAttribute("thisConnection", request.isSecure() && request.getAttribute(SESSION_ID) instanceof String id
                ? handshakes.find(HttpsConnector.LISTENER, id).orElse(null) : null);
        return "platform/tls";
    }

    @GetMapping("/platform/tls/ca.pem")
    ResponseEntity<String> localAuthority() {
        return certificate.localAuthorityPem()
                .map(pem -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/x-pem-file"))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("shinrai-ca.pem").build().toString())
                        .body(pem))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/platform/tls/certificate/pem")
    String importPem(@RequestParam("key") MultipartFile key, @RequestParam("certificates") MultipartFile certificates,
                     RedirectAttributes redirect) throws IOException {
        if (tooLarge(key) || tooLarge(certificates)) {
            return refused(redirect, "the file is too large for a key or a certificate chain");
        }
        try {
            return imported(TlsIdentityFiles.readPem(new String(key.getBytes(), StandardCharsets.US_ASCII),
                    new String(certificates.getBytes(), StandardCharsets.US_ASCII)), redirect);
        } catch (IllegalArgumentException unusable) {
            return refused(redirect, unusable.getMessage());
        }
    }

    @PostMapping("/platform/tls/certificate/pkcs12")
    String importPkcs12(@RequestParam("keystore") MultipartFile keystore,
                        @RequestParam(name = "password", defaultValue = "") String password,
                        RedirectAttributes redirect) throws IOException {
        if (tooLarge(keystore)) {
            return refused(redirect, "the file is too large for a key or a certificate chain");
        }
        char[] secret = password.toCharArray();
        try {
            return imported(TlsIdentityFiles.readPkcs12(keystore.getBytes(), secret), redirect);
        } catch (IllegalArgumentException unusable) {
            return refused(redirect, unusable.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static boolean tooLarge(MultipartFile file) {
        return file.getSize() > TlsIdentityFiles.MAX_BYTES;
    }

    private String imported(TlsIdentity identity, RedirectAttributes redirect) {
        certificate.replace(identity);
        redirect.addFlashAttribute("notice", "tls.imported");
        return "redirect:/platform/tls";
    }

    private static String refused(RedirectAttributes redirect, String reason) {
        redirect.addFlashAttribute("certificateProblem", reason);
        return "redirect:/platform/tls";
    }
}
