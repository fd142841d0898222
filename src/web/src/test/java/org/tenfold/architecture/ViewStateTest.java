package org.tenfold.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a screen keeps between requests (its view- and session-scoped beans) can be written out and read back,
 * so a session can move to another server: every such bean is Serializable, every field it keeps is of a
 * serialisable type all the way down (records of the services' views, enums, values, serialisable
 * collections of them), and what is injected is a service the container hands over as a serialisable
 * reference (a session bean, a normal-scoped bean's proxy) in a field that is not transient, since a transient
 * injected field comes back null on the other server.
 */
class ViewStateTest {

    private static final List<Class<? extends Annotation>> PASSIVATING = List.of(ViewScoped.class, SessionScoped.class,
            ConversationScoped.class);
    private static final List<Class<? extends Annotation>> PROXIED = List.of(Stateless.class, Singleton.class,
            Stateful.class, ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ViewScoped.class,
            ConversationScoped.class);
    /** Interfaces whose every implementation Tenfold uses (ArrayList, List.of, HashMap, …) is serialisable. */
    private static final Set<Class<?>> COLLECTIONS = Set.of(List.class, Set.class, Map.class, Collection.class,
            java.util.SortedMap.class, java.util.SortedSet.class, java.util.NavigableMap.class);

    @Test
    void everyViewAndSessionScopedBeanCanBeWrittenOut() throws ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tenfold")) {
            if (PASSIVATING.stream().anyMatch(c::isAnnotatedWith)) {
                beans.add(Class.forName(c.getName()));
            }
        }
        assertTrue(beans.size() > 20, "the screens' beans were found: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, checked);
            String written = writeAndRead(bean);
            if (written != null) {
                problems.add(bean.getSimpleName() + " as made by the container, before its first request: " + written);
            }
        }
        assertTrue(problems.isEmpty(), "state that cannot move with its session:\n  " + String.join("\n  ", problems));
    }

    /**
     * Makes the bean as the container does (its no-argument constructor and field initialisers, which build the
     * tables' models) and writes it out and reads it back: what the fields' declared types do not show (an
     * anonymous model's own fields, a lambda) fails here. Null when it went through, else why not.
     */
    private static String writeAndRead(Class<?> bean) {
        try {
            Constructor<?> make = bean.getDeclaredConstructor();
            make.setAccessible(true);
            Object instance = make.newInstance();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(instance);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                Object back = in.readObject();
                return bean.isInstance(back) ? null : "read back as " + back.getClass().getName();
            }
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            return e.toString();
        }
    }

    /** Each instance field of {@code owner} (and its superclasses of ours) is serialisable, or injected as a proxy. */
    private static void checkFields(Class<?> owner, String path, List<String> problems, Set<Class<?>> checked) {
        for (Class<?> c = owner; c != null && c.getName().startsWith("org.tenfold."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || f.isSynthetic()) {
                    continue;
                }
                String where = path + "." + f.getName();
                if (f.isAnnotationPresent(Inject.class)) {
                    if (Modifier.isTransient(m)) {
                        problems.add(where + " is injected into a transient field: null after the session moves");
                    }
                    if (!isProxied(f.getType()) && !serialisable(f.getGenericType(), where, problems, checked)) {
                        problems.add(where + " injects " + f.getType().getName()
                                + ", neither a session bean, a normal-scoped bean nor Serializable");
                    }
                } else if (!Modifier.isTransient(m) && !serialisable(f.getGenericType(), where, problems, checked)) {
                    problems.add(where + " is a " + f.getGenericType().getTypeName() + ", which cannot be written out");
                }
            }
        }
    }

    private static boolean isProxied(Class<?> type) {
        return PROXIED.stream().anyMatch(type::isAnnotationPresent);
    }

    private static boolean serialisable(Type type, String where, List<String> problems, Set<Class<?>> checked) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return true; // an enum constant is written as its name
            }
            if (c.isArray()) {
                return serialisable(c.getComponentType(), where, problems, checked);
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                return false;
            }
            if (c.getName().startsWith("org.tenfold.") && checked.add(c)) {
                // a record or class of ours: what it holds must be serialisable too
                checkFields(c, where + "(" + c.getSimpleName() + ")", problems, checked);
            }
            return true;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            boolean container = COLLECTIONS.contains(raw) || serialisable(raw, where, problems, checked);
            boolean arguments = true;
            for (Type argument : p.getActualTypeArguments()) {
                arguments &= serialisable(argument, where, problems, checked);
            }
            return container && arguments;
        }
        if (type instanceof GenericArrayType a) {
            return serialisable(a.getGenericComponentType(), where, problems, checked);
        }
        if (type instanceof WildcardType w) {
            return List.of(w.getUpperBounds()).stream().allMatch(b -> serialisable(b, where, problems, checked));
        }
        if (type instanceof TypeVariable<?> v) {
            return List.of(v.getBounds()).stream().allMatch(b -> serialisable(b, where, problems, checked));
        }
        return false;
    }
}
