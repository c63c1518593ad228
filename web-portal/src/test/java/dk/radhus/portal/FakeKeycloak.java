package dk.radhus.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dk.radhus.testing.TestTokens;

/**
 * Just enough of an OpenID provider for the portal to start as in production (application type "hybrid", discovery):
 * the discovery document and the test key as a JWKS. Nobody logs in here; bearer tokens come from {@link TestTokens}
 * and the code flow's redirect is only checked for where it points.
 */
final class FakeKeycloak {

    /** The key id {@link TestTokens} signs with. */
    private static final String KEY_ID = "radhus-test-key";

    private final HttpServer server;

    FakeKeycloak() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/radhus";
        String discovery = """
                {"issuer": "%s", "authorization_endpoint": "%s/protocol/openid-connect/auth",
                 "token_endpoint": "%s/protocol/openid-connect/token",
                 "jwks_uri": "%s/protocol/openid-connect/certs",
                 "end_session_endpoint": "%s/protocol/openid-connect/logout",
                 "response_types_supported": ["code"], "id_token_signing_alg_values_supported": ["RS256"]}"""
                .formatted(TestTokens.ISSUER, base, base, base, base);
        server.createContext("/realms/radhus/.well-known/openid-configuration", e -> json(e, discovery));
        server.createContext("/realms/radhus/protocol/openid-connect/certs", e -> json(e, jwks()));
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    String realmUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/radhus";
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String jwks() {
        try {
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(TestTokens.publicKey())));
            return """
                    {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "%s", "n": "%s", "e": "%s"}]}"""
                    .formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the test public key", e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
