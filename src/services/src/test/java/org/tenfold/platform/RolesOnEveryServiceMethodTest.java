package org.tenfold.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Deny by default: every public business method of every session bean names the roles it allows. */
class RolesOnEveryServiceMethodTest {

    @Test
    void everyPublicEjbMethodCarriesRolesAllowed() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.isEmpty(), "no session beans found under target/classes");
        List<String> unguarded = new ArrayList<>();
        for (Class<?> bean : beans) {
            for (Method m : bean.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                    if (!m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(PermitAll.class)) {
                        unguarded.add(bean.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), unguarded);
    }

    private static List<Class<?>> sessionBeans() throws Exception {
        Path classes = Path.of("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, RolesOnEveryServiceMethodTest.class.getClassLoader());
                if (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
