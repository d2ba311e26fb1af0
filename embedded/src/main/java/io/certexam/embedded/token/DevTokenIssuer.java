package io.certexam.embedded.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The development token issuer (DESIGN §6): {@code POST /dev/token} mints an RS256 JWT with
 * {@code sub}, {@code roles} and {@code org}; {@code GET /.well-known/jwks.json} serves the public
 * key the services verify against. Never part of a production deployment.
 */
public final class DevTokenIssuer implements AutoCloseable {

    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final int MAX_REQUEST_BYTES = 16 * 1024;

    private final RSAKey key;
    private HttpServer server;

    private DevTokenIssuer(RSAKey key) {
        this.key = key;
    }

    /** An issuer with a fresh key, for tests. */
    public static DevTokenIssuer withNewKey() {
        return new DevTokenIssuer(generateKey());
    }

    /** An issuer whose key is kept in {@code keyFile}, so tokens outlive a restart of the stack. */
    public static DevTokenIssuer withKeyIn(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return new DevTokenIssuer(RSAKey.parse(Files.readString(keyFile)));
            }
            RSAKey key = generateKey();
            Files.createDirectories(keyFile.getParent());
            Files.writeString(keyFile, key.toJSONString());
            return new DevTokenIssuer(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable key file " + keyFile, e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(String subject, List<String> roles, String org) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("certexam-dev-issuer")
                .claim("roles", roles)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(TOKEN_LIFETIME)));
        if (org != null) {
            claims.claim("org", org);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** Serves the token and JWKS endpoints on {@code port} of localhost (0 picks a free one). */
    public DevTokenIssuer serve(int port) {
        return serve(new InetSocketAddress("localhost", port));
    }

    /** Serves on {@code address}; in a container that is the wildcard address, so other containers reach it. */
    public DevTokenIssuer serve(InetSocketAddress address) {
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        server.createContext("/.well-known/jwks.json", exchange -> respond(exchange, 200, jwks()));
        server.createContext("/dev/token", this::handleTokenRequest);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String jwksUri() {
        return "http://localhost:" + port() + "/.well-known/jwks.json";
    }

    private void handleTokenRequest(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, problem("Method not allowed", "use POST with {\"sub\",\"roles\",\"org\"}"));
            return;
        }
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(MAX_REQUEST_BYTES + 1);
            if (bytes.length > MAX_REQUEST_BYTES) {
                respond(exchange, 413, problem("Request too large", "a token request is a few hundred bytes"));
                return;
            }
            Map<String, Object> request = JSONObjectUtils.parse(new String(bytes, StandardCharsets.UTF_8));
            String subject = JSONObjectUtils.getString(request, "sub");
            List<String> roles = JSONObjectUtils.getStringList(request, "roles");
            String org = JSONObjectUtils.getString(request, "org");
            if (subject == null || subject.isBlank() || roles == null || roles.isEmpty()) {
                respond(exchange, 400, problem("Invalid token request", "\"sub\" and a non-empty \"roles\" array are required"));
                return;
            }
            String token = token(subject, roles, org);
            respond(exchange, 200, JSONObjectUtils.toJSONString(Map.of(
                    "access_token", token,
                    "token_type", "Bearer",
                    "expires_in", TOKEN_LIFETIME.toSeconds())));
        } catch (ParseException e) {
            respond(exchange, 400, problem("Invalid token request", "body is not the expected JSON: " + e.getMessage()));
        }
    }

    private static String problem(String title, String detail) {
        return JSONObjectUtils.toJSONString(Map.of("type", "about:blank", "title", title, "detail", detail));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
