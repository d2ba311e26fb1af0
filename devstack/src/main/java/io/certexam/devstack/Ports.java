package io.certexam.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Says which port is taken, and by what we expected to put there, instead of a bind error deep in a child's log. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String intendedFor, String hint) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // free
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " (for " + intendedFor + ") is already in use by another process"
                    + (hint.isEmpty() ? "" : "; " + hint));
        }
    }

    static int fromEnvironment(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, not '" + value + "'");
        }
    }
}
