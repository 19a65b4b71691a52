package io.shinrai.server.account;

import jakarta.servlet.http.HttpSession;
import java.util.List;

/** Recovery codes are shown exactly once, on the page after they were made; only their hashes are stored. */
public final class RecoveryCodesOnce {

    private static final String ATTRIBUTE = "shinrai.freshRecoveryCodes";

    private RecoveryCodesOnce() {
    }

    public static void keep(HttpSession session, List<String> codes) {
        session.setAttribute(ATTRIBUTE, List.copyOf(codes));
    }

    @SuppressWarnings("unchecked")
    public static List<String> take(HttpSession session) {
        List<String> codes = (List<String>) session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return codes == null ? List.of() : codes;
    }
}
