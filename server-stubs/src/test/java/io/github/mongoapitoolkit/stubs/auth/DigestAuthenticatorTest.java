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
    void aNonceInUseKeepsWorkingThroughAFloodOfUnansweredChallenges() {
        String inUse = nonce(digest.challenge(false));
        int count = 0;
        for (int i = 0; i < 3 * DigestAuthenticator.MAX_NONCES; i++) {
            digest.challenge(false);
            if (i % 1000 == 0) {
                count++;
                assertThat(digest.verify(answer("pub", "secret", inUse, count, "GET", "/x"), "GET", "/x"))
                        .as("request %d with the nonce in use, after %d flood challenges", count, i).isEqualTo(Outcome.VALID);
            }
        }
    }

    @Test
    void aChallengeIssuedAfterAFloodCanBeAnswered() {
        for (int i = 0; i < 3 * DigestAuthenticator.MAX_NONCES; i++) {
            digest.challenge(false);
        }
        for (int i = 0; i < 100; i++) {
            String fresh = nonce(digest.challenge(false));
            assertThat(digest.verify(answer("pub", "secret", fresh, "GET", "/x"), "GET", "/x")).as("fresh nonce %d", i)
                    .isEqualTo(Outcome.VALID);
        }
    }

    @Test
    void freshNoncesSurviveWhenAFloodAlternatesWithBusyClients() {
        for (int round = 0; round < 10; round++) { // with Caffeine, fresh nonces were dropped in round 5
            String[] busy = new String[32];
            int[] counts = new int[32];
            for (int c = 0; c < busy.length; c++) {
                busy[c] = nonce(digest.challenge(false));
            }
            for (int i = 0; i < 20_000; i++) {
                int c = i % busy.length;
                assertThat(digest.verify(answer("pub", "secret", busy[c], ++counts[c], "GET", "/x"), "GET", "/x"))
                        .as("round %d, request %d", round, i).isEqualTo(Outcome.VALID);
            }
            for (int i = 0; i < 200_000; i++) {
                digest.challenge(false);
            }
        }
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
        assertThat(clients.matches("Basic " + java.util.Base64.getEncoder().encodeToString("other:secret".getBytes())))
                .as("the right secret under another id").isFalse();
        assertThat(clients.matches("Basic " + java.util.Base64.getEncoder().encodeToString("idsecret".getBytes()))).isFalse();
        assertThat(clients.matches("Basic not-base64!")).isFalse();
        assertThat(clients.matches(null)).isFalse();
    }

    private static String nonce(String challenge) {
        Matcher m = Pattern.compile("nonce=\"([^\"]+)\"").matcher(challenge);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String answer(String user, String password, String nonce, String method, String uri) {
        return answer(user, password, nonce, 1, method, uri);
    }

    private static String answer(String user, String password, String nonce, int count, String method, String uri) {
        String nc = String.format("%08x", count);
        String ha1 = Secrets.md5Hex(user + ":MMS Public API:" + password);
        String response = Secrets.md5Hex(ha1 + ":" + nonce + ":" + nc + ":abc:auth:" + Secrets.md5Hex(method + ":" + uri));
        return "Digest username=\"" + user + "\", realm=\"MMS Public API\", nonce=\"" + nonce + "\", uri=\"" + uri
                + "\", qop=auth, nc=" + nc + ", cnonce=\"abc\", response=\"" + response + "\", algorithm=MD5";
    }
}
