package dk.radhus.testing;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Mints Keycloak-shaped RS256 access tokens signed by the committed, test-only key pair. */
public final class TestTokens {

    public static final String ISSUER = "https://auth.radhus.test/realms/radhus";
    /** The audience the services require ({@code quarkus.oidc.token.audience}); the realm's clients add it too. */
    public static final String AUDIENCE = "radhus-api";

    static final String KEY_ID = "radhus-test-key";
    static final String CLIENT_ID = "radhus-test";
    private static final long LIFETIME_SECONDS = 3600;
    private static final String KEY_DIRECTORY = "/radhus-test-keys/";
    private static final String PUBLIC_KEY = pemBody("test-only-public-key.pem");
    private static final PrivateKey PRIVATE_KEY = privateKey(pemBody("test-only-private-key.pem"));

    private TestTokens() {
    }

    /** A signed JWT (without the {@code Bearer } prefix) for {@code user} holding the given realm roles. */
    public static String bearer(String user, String... realmRoles) {
        return bearerFor(AUDIENCE, user, realmRoles);
    }

    /** As {@link #bearer}, but for another audience ({@code null}: a token without an {@code aud} claim). */
    public static String bearerFor(String audience, String user, String... realmRoles) {
        Instant now = Instant.now();
        var claims = Jwt.issuer(ISSUER);
        if (audience != null) {
            claims.audience(audience);
        }
        return claims
                .subject(user)
                .claim("preferred_username", user)
                .claim("typ", "Bearer")
                .claim("azp", CLIENT_ID)
                .claim("scope", "openid profile email")
                .claim("realm_access", Map.of("roles", List.of(realmRoles)))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(LIFETIME_SECONDS))
                .jws()
                .keyId(KEY_ID)
                .sign(PRIVATE_KEY);
    }

    /** The verification key: base64 DER (SubjectPublicKeyInfo), the format of {@code quarkus.oidc.public-key}. */
    public static String publicKey() {
        return PUBLIC_KEY;
    }

    private static String pemBody(String file) {
        try (InputStream in = TestTokens.class.getResourceAsStream(KEY_DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + KEY_DIRECTORY + file);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            int begin = pem.indexOf("-----BEGIN");
            int bodyStart = pem.indexOf('\n', begin) + 1;
            int bodyEnd = pem.indexOf("-----END", bodyStart);
            if (begin < 0 || bodyStart == 0 || bodyEnd < 0) {
                throw new IllegalStateException("Not a PEM file: " + KEY_DIRECTORY + file);
            }
            return pem.substring(bodyStart, bodyEnd).replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey privateKey(String pkcs8Base64) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the test private key", e);
        }
    }
}
