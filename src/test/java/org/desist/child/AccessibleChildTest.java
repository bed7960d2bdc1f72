package org.desist.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Only the child module can vouch that a user may see a child: nobody else can make an AccessibleChild. */
class AccessibleChildTest {

    @Test
    void noOtherPackageCanMakeOne() {
        assertThat(Modifier.isFinal(AccessibleChild.class.getModifiers()))
                .as("final, so no subclass forges one")
                .isTrue();
        assertThat(Arrays.stream(AccessibleChild.class.getDeclaredConstructors())
                        .map(c -> c.getModifiers())
                        .filter(m -> Modifier.isPublic(m) || Modifier.isProtected(m)))
                .as("public or protected constructors")
                .isEmpty();
        assertThat(Arrays.stream(AccessibleChild.class.getDeclaredMethods())
                        .filter(m -> Modifier.isStatic(m.getModifiers()))
                        .filter(m -> m.getReturnType() == AccessibleChild.class))
                .as("public factories")
                .isEmpty();
    }
}
