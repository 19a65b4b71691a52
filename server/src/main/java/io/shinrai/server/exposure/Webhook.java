package io.shinrai.server.exposure;

import java.net.URI;

/** Where a hospital's notices of new findings are posted, and the secret their signature is made with. */
record Webhook(URI url, String secret) {
}
