package io.certexam.devstack;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.certexam.embedded.token.DevTokenIssuer;

/**
 * The dev token issuer on its own, for docker compose's {@code token-issuer} container. Listens on all interfaces
 * because the services reach it from other containers (the local stack's issuer listens on localhost only).
 */
public final class TokenIssuerMain {

    private TokenIssuerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Ports.fromEnvironment("ISSUER_PORT", DevStack.ISSUER_PORT);
        String keyFile = System.getenv().getOrDefault("ISSUER_KEY_FILE", DevStack.STATE_DIRECTORY + "/jwt-key.json");
        DevTokenIssuer issuer = DevTokenIssuer.withKeyIn(Path.of(keyFile)).serve(new InetSocketAddress(port));
        Runtime.getRuntime().addShutdownHook(new Thread(issuer::close, "issuer-shutdown"));
        System.out.println("Dev token issuer on port " + port + ": POST /dev/token, GET /.well-known/jwks.json");
        new CountDownLatch(1).await();
    }
}
