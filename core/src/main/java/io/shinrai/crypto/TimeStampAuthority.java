package io.shinrai.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * A time-stamping authority reached over HTTP as RFC 3161 section 3.4 describes: a DER request posted as
 * {@code application/timestamp-query}, a DER response back. The answer is checked against the question (status,
 * hash, nonce) before it is handed on, so a wrong or replayed token is never stored as if it were proof.
 */
public final class TimeStampAuthority {

    /** A response is a token with the authority's certificate chain: a few kilobytes. */
    private static final int MAX_RESPONSE_BYTES = 256 * 1024;

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public TimeStampAuthority(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public URI url() {
        return url;
    }

    /** A token over the SHA-256 hash of {@code data}, with the authority's certificate in it. */
    public TimeStamp stamp(byte[] data) throws TimeStampException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, Sha256.digest(data),
                new BigInteger(64, random));
        byte[] answer = post(request);
        try {
            TimeStampResponse response = new TimeStampResponse(answer);
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new TimeStampException("the time-stamping authority " + url + " refused the request: "
                        + response.getStatusString());
            }
            return TimeStamp.of(response.getTimeStampToken());
        } catch (TSPException | IOException | IllegalArgumentException e) {
            throw new TimeStampException("the time-stamping authority " + url + " gave an answer that is not a "
                    + "valid time-stamp for this request: " + e.getMessage(), e);
        }
    }

    private byte[] post(TimeStampRequest request) throws TimeStampException {
        try {
            HttpRequest post = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build();
            HttpResponse<InputStream> response = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TimeStampException("the time-stamping authority " + url + " answered HTTP "
                            + response.statusCode());
                }
                byte[] answer = body.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (answer.length > MAX_RESPONSE_BYTES) {
                    throw new TimeStampException("the time-stamping authority " + url + " sent more than "
                            + MAX_RESPONSE_BYTES + " bytes, which is no time-stamp response");
                }
                return answer;
            }
        } catch (IOException e) {
            throw new TimeStampException("the time-stamping authority " + url + " could not be reached: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeStampException("interrupted while waiting for the time-stamping authority " + url, e);
        }
    }
}
