package io.shinrai.server.account;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Setting up an authenticator: the new secret waits in the session until the person proves, with a first code,
 * that the authenticator has it. Used both at a forced first sign-in and from the account page.
 */
@Component
public class TwoFactorEnrolment {

    private static final String PENDING_SECRET = "shinrai.pendingTotpSecret";

    private final TwoFactor twoFactor;

    TwoFactorEnrolment(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    /** What the setup page shows: the QR code and the same secret as text for typing by hand. */
    public record Setup(String secret, String qrCodeSvg) {

        /** The secret in groups of four, easier to type. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    public Setup prepare(HttpSession session, String email) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = twoFactor.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        return new Setup(secret, QrCodeSvg.render(twoFactor.provisioningUri(email, secret)));
    }

    /** @return the recovery codes to show once; empty when the code did not match */
    public List<String> confirm(HttpSession session, UUID userId, String code) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return List.of();
        }
        List<String> recoveryCodes = twoFactor.confirmEnrolment(userId, secret, code);
        if (!recoveryCodes.isEmpty()) {
            session.removeAttribute(PENDING_SECRET);
        }
        return recoveryCodes;
    }
}
