package io.shinrai.crypto;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** One Bouncy Castle provider, passed explicitly rather than registered: the JVM-wide provider list is left alone. */
public final class BouncyCastle {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }
}
