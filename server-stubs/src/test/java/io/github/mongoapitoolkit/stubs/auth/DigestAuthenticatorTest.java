package io.github.mongoapitoolkit.stubs.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mongoapitoolkit.stubs.auth.DigestAuthenticator.Outcome;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Digest as Atlas does it: MD5, qop auth, and nonces that expire into stale=true. */
class DigestAuthenticatorTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final DigestAuthenticator digest = new DigestAuthenticator("pub", "secret", 300_000, now::get);

    @Test
    void answerToAFreshChallengeIsValid() {
        String nonce = nonce(digest.challenge(false));
        assertThat(digest.verify(answer("pub", "secret", nonce, "GET", "/x?y=1"), "GET", "/x?y=1")).isEqualTo(Outcome.VALID);
    }

    @Test
    void answerWithTheWrongSecretMethodOrUriIsInvalid() {
        String nonce = nonce(digest.challenge(false));
        assertThat(digest.verify(answer("pub", "wrong", nonce, "GET", "/x"), "GET", "/x")).isEqualTo(Outcome.INVALID);
        assertThat(digest.verify(answer("pub", "secret", nonce, "GET", "/x"), "DELETE", "/x")).isEqualTo(Outcome.INVALID);
        assertThat(digest.verify(answer("pub", "secret", nonce, "GET", "/x"), "GET", "/elsewhere")).isEqualTo(Outcome.INVALID);
        assertThat(digest.verify(answer("other", "secret", nonce, "GET", "/x"), "GET", "/x")).isEqualTo(Outcome.INVALID);
    }

    @Test
    void answerToAnExpiredOrUnknownNonceIsStaleAndTheNextChallengeSaysSo() {
        String nonce = nonce(digest.challenge(false));
        now.addAndGet(300_001);
        assertThat(digest.verify(answer("pub", "secret", nonce, "GET", "/x"), "GET", "/x")).isEqualTo(Outcome.STALE);
        assertThat(digest.verify(answer("pub", "secret", "never-issued", "GET", "/x"), "GET", "/x")).isEqualTo(Outcome.STALE);
        assertThat(digest.challenge(true)).contains("stale=true").contains("realm=\"MMS Public API\"").contains("qop=\"auth\"");
    }

    @Test
    void expiredBearerTokenIsRefused() {
        BearerTokens tokens = new BearerTokens(now::get);
        String token = tokens.issue().token();
        assertThat(tokens.isValid(token)).isTrue();
        assertThat(tokens.isValid(token + "x")).isFalse();
        now.addAndGet(BearerTokens.LIFETIME_SECONDS * 1000L + 1);
        assertThat(tokens.isValid(token)).isFalse();
    }

    @Test
    void clientCredentialsAreCheckedWholly() {
        ClientCredentials clients = new ClientCredentials("id", "secret");
        assertThat(clients.matches("Basic " + java.util.Base64.getEncoder().encodeToString("id:secret".getBytes()))).isTrue();
        assertThat(clients.matches("Basic " + java.util.Base64.getEncoder().encodeToString("id:secre".getBytes()))).isFalse();
        assertThat(clients.matches("Basic not-base64!")).isFalse();
        assertThat(clients.matches(null)).isFalse();
    }

    private static String nonce(String challenge) {
        Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(challenge);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String answer(String user, String password, String nonce, String method, String uri) {
        String ha1 = Secrets.md5Hex(user + ":MMS Public API:" + password);
        String response = Secrets.md5Hex(ha1 + ":" + nonce + ":00000001:abc:auth:" + Secrets.md5Hex(method + ":" + uri));
        return "Digest username=\"" + user + "\", realm=\"MMS Public API\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", qop=auth, nc=00000001, cnonce=\"abc\", response=\"" + response + "\", algorithm=MD5";
    }
}
