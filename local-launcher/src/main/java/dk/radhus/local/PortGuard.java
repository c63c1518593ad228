package dk.radhus.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks, before anything starts, that every port of the stack is free and that no two components share one. */
final class PortGuard {

    private PortGuard() {
    }

    static void checkFree(List<Component> components) {
        Map<Integer, String> owners = new HashMap<>();
        for (Component component : components) {
            for (Component.Port port : component.ports()) {
                String other = owners.putIfAbsent(port.number(), component.name());
                if (other != null) {
                    throw new LauncherException("Port " + port.number() + " is configured for both " + other + " and "
                            + component.name() + "; move one of them with " + port.variable() + ".");
                }
                if (!isFree(port.number())) {
                    throw new LauncherException("Port " + port.number() + " (" + component.name() + ") is already in use."
                            + " Stop the program that listens on it (ss -ltnp 'sport = :" + port.number()
                            + "' shows which), or move " + component.name() + ": " + port.variable()
                            + "=<free port> ./run-local.sh");
                }
            }
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
