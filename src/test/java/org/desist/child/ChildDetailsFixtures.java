package org.desist.child;

import org.desist.child.domain.ChildDetails;

/** Copies of child details with one answer changed (records have no withers). */
public final class ChildDetailsFixtures {

    private ChildDetailsFixtures() {}

    public static ChildDetails with(ChildDetails d, String component, Object value) {
        var components = ChildDetails.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals(component)
                        ? value
                        : components[i].getAccessor().invoke(d);
            }
            return ChildDetails.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
