package dk.radhus.strategy;

import java.util.Collection;
import java.util.Optional;

/** Traffic light (stoplys): rød, gul, grøn. Ordered from worst to best. */
public enum Light {
    RED, YELLOW, GREEN;

    /** The worst of the given lights, or empty when there are none. */
    public static Optional<Light> worstOf(Collection<Light> lights) {
        return lights.stream().min(Enum::compareTo);
    }
}
