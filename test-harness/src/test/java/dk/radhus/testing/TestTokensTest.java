package dk.radhus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    @Test
    void tokensCarryKeycloakShapedClaims() {
        String[] parts = TestTokens.bearer("alice", "meetings-writer", "budget-reader").split("\\.");

        assertThat(parts).hasSize(3);
        JsonObject header = json(parts[0]);
        assertThat(header.getString("alg")).isEqualTo("RS256");
        assertThat(header.getString("kid")).isEqualTo(TestTokens.KEY_ID);
        JsonObject claims = json(parts[1]);
        assertThat(claims.getString("iss")).isEqualTo(TestTokens.ISSUER);
        assertThat(claims.getString("sub")).isEqualTo("alice");
        assertThat(claims.getString("preferred_username")).isEqualTo("alice");
        assertThat(claims.getString("typ")).isEqualTo("Bearer");
        assertThat(claims.getJsonObject("realm_access").getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("meetings-writer", "budget-reader");
        long now = Instant.now().getEpochSecond();
        assertThat(claims.getJsonNumber("exp").longValue()).isBetween(now + 3500, now + 3700);
    }

    @Test
    void tokensWithoutRolesHaveAnEmptyRoleList() {
        JsonObject claims = json(TestTokens.bearer("bob").split("\\.")[1]);

        assertThat(claims.getJsonObject("realm_access").getJsonArray("roles")).isEmpty();
    }

    @Test
    void signatureVerifiesAgainstThePublishedPublicKey() throws Exception {
        String[] parts = TestTokens.bearer("carol", "admin").split("\\.");
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(TestTokens.publicKey())));

        assertThat(TestTokens.publicKey()).doesNotContain("-----", "\n");
        assertThat(verify(key, parts[0] + "." + parts[1], parts[2])).isTrue();
        assertThat(verify(key, parts[0] + "." + parts[1] + "x", parts[2])).isFalse();
    }

    private static boolean verify(PublicKey key, String signedContent, String signature) throws Exception {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update(signedContent.getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(signature));
    }

    private static JsonObject json(String base64Url) {
        String text = new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(text)).readObject();
    }
}
